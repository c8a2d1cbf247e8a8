package org.diplograph.article;

import org.diplograph.common.ByIdLoader;
import org.diplograph.model.Article;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** Registers the DataLoader that fetches articles by ID. */
@Configuration(proxyBeanMethods = false)
class ArticleLoader {

	ArticleLoader(BatchLoaderRegistry registry, ArticleRepository articles) {
		ByIdLoader.register(registry, Article.class, articles::findAllById, Article::id);
	}

}
