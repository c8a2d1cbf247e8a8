package org.diplograph.review;

import java.util.Collection;
import java.util.List;

import org.diplograph.common.DocumentRepository;
import org.diplograph.model.Article;
import org.diplograph.model.Candidate;
import org.diplograph.model.NodeType;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads candidates: by ID, a filtered page with the highest confidence first, and those
 * of some articles in the order their bodies report them.
 */
@Repository
class CandidateRepository extends DocumentRepository<Candidate> {

	CandidateRepository(MongoTemplate mongo) {
		super(mongo, Candidate.class, Candidate::id, "sortKey", Candidate::sortKey, true, "articleId", "status",
				"type");
	}

	/** The document with this ID, of whichever type its prefix names; null if none. */
	Object node(String id) {
		NodeType type = NodeType.ofId(id);
		return (type != null) ? this.mongo.findById(id, type.documentType()) : null;
	}

	Article article(String id) {
		return this.mongo.findById(id, Article.class);
	}

	List<Candidate> findByArticleIds(Collection<String> articleIds) {
		return this.mongo.find(Query.query(Criteria.where("articleId").in(articleIds)), Candidate.class)
			.stream()
			.sorted(Candidate.BODY_ORDER)
			.toList();
	}

}
