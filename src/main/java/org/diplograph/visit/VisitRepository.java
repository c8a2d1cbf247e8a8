package org.diplograph.visit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.diplograph.common.Connection;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Indexes;
import org.diplograph.common.KeysetPager;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitStatus;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reads visits: by ID, and a filtered page sorted by the start of each visit's date. */
@Repository
public class VisitRepository implements InitializingBean {

	private final MongoTemplate mongo;

	private final KeysetPager<Visit> pager;

	VisitRepository(MongoTemplate mongo) {
		this.mongo = mongo;
		this.pager = new KeysetPager<>(mongo, Visit.class, "date.start", (visit) -> visit.date().start(), Visit::id);
	}

	@Override
	public void afterPropertiesSet() {
		List<Index> indexes = new ArrayList<>();
		for (String field : List.of("visitorIds", "fromCountryId", "hostCountryId", "involvedIds", "articleIds",
				"status")) {
			indexes.add(new Index().on(field, Sort.Direction.ASC));
		}
		indexes.add(new Index().on("date.start", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
		Indexes.ensure(this.mongo, Visit.class, indexes);
	}

	public Visit findById(String id) {
		return this.mongo.findById(id, Visit.class);
	}

	public List<Visit> findAllById(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Visit.class);
	}

	Connection<Visit> page(VisitCriteria criteria, boolean descending, PageRequest request) {
		List<Criteria> filter = new ArrayList<>();
		addIfGiven(filter, "visitorIds", criteria.visitorId());
		addIfGiven(filter, "fromCountryId", criteria.fromCountryId());
		addIfGiven(filter, "hostCountryId", criteria.hostCountryId());
		addIfGiven(filter, "involvedIds", criteria.involvedId());
		addIfGiven(filter, "articleIds", criteria.articleId());
		if (criteria.status() != null) {
			filter.add(Criteria.where("status").is(criteria.status()));
		}
		if (criteria.from() != null) {
			filter.add(Criteria.where("date.end").gte(criteria.from().start()));
		}
		if (criteria.to() != null) {
			filter.add(Criteria.where("date.start").lte(criteria.to().end()));
		}
		return this.pager.page(filter, descending, request);
	}

	private static void addIfGiven(List<Criteria> filter, String field, String value) {
		if (value != null) {
			filter.add(Criteria.where(field).is(value));
		}
	}

	/** A visits filter with its actor references resolved to IDs and its dates parsed. */
	record VisitCriteria(String visitorId, String fromCountryId, String hostCountryId, String involvedId,
			FuzzyDate from, FuzzyDate to, VisitStatus status, String articleId) {
	}

}
