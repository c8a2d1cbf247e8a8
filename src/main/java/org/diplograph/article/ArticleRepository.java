package org.diplograph.article;

import org.diplograph.common.DocumentRepository;
import org.diplograph.model.Article;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** Reads articles: by ID, and a filtered page, newest first. */
@Repository
class ArticleRepository extends DocumentRepository<Article> {

	ArticleRepository(MongoTemplate mongo) {
		super(mongo, Article.class, Article::id, "sortKey", Article::sortKey, true, "actorIds");
	}

}
