package org.diplograph.article;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.common.ByIdBatchLoader;
import org.diplograph.common.NearCache;
import org.diplograph.model.Article;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Registers the batch loaders behind the request's DataLoaders of articles by ID: whole
 * articles, and summaries without body and mentions ({@link #SUMMARIES}).
 */
@Configuration(proxyBeanMethods = false)
class ArticleBatchLoader {

	/** The name of the DataLoader of article summaries. */
	static final String SUMMARIES = "articleSummaries";

	ArticleBatchLoader(BatchLoaderRegistry registry, NearCache cache, ArticleRepository articles) {
		ByIdBatchLoader.register(registry, cache, Article.class, articles::findAllById, Article::id);
		ByIdBatchLoader.register(registry, SUMMARIES, cache, "ArticleSummary",
				(ids) -> articles.findSummariesById(ids)
					.stream()
					.collect(Collectors.toMap(Article::id, Function.identity())),
				Article::id);
	}

}
