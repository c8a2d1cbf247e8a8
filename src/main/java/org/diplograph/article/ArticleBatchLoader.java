package org.diplograph.article;

import org.diplograph.common.ByIdBatchLoader;
import org.diplograph.model.Article;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** Registers the batch loader behind the request's DataLoader of articles by ID. */
@Configuration(proxyBeanMethods = false)
class ArticleBatchLoader {

	ArticleBatchLoader(BatchLoaderRegistry registry, ArticleRepository articles) {
		ByIdBatchLoader.register(registry, Article.class, articles::findAllById, Article::id);
	}

}
