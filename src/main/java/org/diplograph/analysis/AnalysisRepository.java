package org.diplograph.analysis;

import java.util.List;

import org.diplograph.common.Conditions;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Visit;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * The reads the analysis queries need: one query per collection, whatever the answer's
 * size.
 */
@Repository
class AnalysisRepository {

	private final MongoTemplate mongo;

	AnalysisRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	List<Visit> visitsInvolvingBoth(String a, String b) {
		return this.mongo.find(Query.query(Criteria.where("involvedIds").all(a, b)).with(byDate("date.start")),
				Visit.class);
	}

	List<DefenceDeal> dealsWithBothParties(String a, String b) {
		return this.mongo.find(Query.query(Criteria.where("partyIds").all(a, b)).with(byDate("sortKey")),
				DefenceDeal.class);
	}

	List<Engagement> engagementsInvolvingBoth(String a, String b) {
		return this.mongo.find(Query.query(Criteria.where("involvedIds").all(a, b)).with(byDate("sortKey")),
				Engagement.class);
	}

	List<Article> articlesNamingBoth(String a, String b) {
		return this.mongo.find(
				Query.query(Criteria.where("actorIds").all(a, b)).with(Sort.by(Sort.Direction.DESC, "sortKey", "_id")),
				Article.class);
	}

	List<Visit> visits(String involvedId, FuzzyDate from, FuzzyDate to) {
		List<Criteria> criteria = new Conditions().is("involvedIds", involvedId).overlaps("date", from, to).list();
		return this.mongo.find(Conditions.query(criteria).with(byDate("date.start")), Visit.class);
	}

	List<DefenceDeal> deals(String involvedId, FuzzyDate from, FuzzyDate to) {
		Conditions conditions = new Conditions().and(Criteria.where("date").ne(null));
		if (involvedId != null) {
			conditions.and(new Criteria().orOperator(Criteria.where("partyIds").is(involvedId),
					Criteria.where("items.manufacturerId").is(involvedId)));
		}
		List<Criteria> criteria = conditions.overlaps("date", from, to).list();
		return this.mongo.find(Conditions.query(criteria).with(byDate("sortKey")), DefenceDeal.class);
	}

	List<Engagement> engagements(String involvedId, FuzzyDate from, FuzzyDate to) {
		List<Criteria> criteria = new Conditions().and(Criteria.where("date").ne(null))
			.is("involvedIds", involvedId)
			.overlaps("date", from, to)
			.list();
		return this.mongo.find(Conditions.query(criteria).with(byDate("sortKey")), Engagement.class);
	}

	private static Sort byDate(String field) {
		return Sort.by(field, "_id");
	}

}
