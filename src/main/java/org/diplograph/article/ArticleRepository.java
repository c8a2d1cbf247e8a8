package org.diplograph.article;

import java.util.Collection;
import java.util.List;

import org.diplograph.common.DocumentRepository;
import org.diplograph.model.Article;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads articles: by ID, whole or as summaries, and a filtered page, newest first.
 */
@Repository
class ArticleRepository extends DocumentRepository<Article> {

	ArticleRepository(MongoTemplate mongo) {
		super(mongo, Article.class, Article::id, "sortKey", Article::sortKey, true, "actorIds");
	}

	/**
	 * The articles with these IDs without their body and mentions (null), the bulk of an
	 * article: what a list of sources needs.
	 */
	List<Article> findSummariesById(Collection<String> ids) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().exclude("body", "mentions");
		return this.mongo.find(query, Article.class);
	}

}
