package org.diplograph.article;

import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.diplograph.common.ByIdBatchLoader;
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

	ArticleBatchLoader(BatchLoaderRegistry registry, ArticleRepository articles) {
		ByIdBatchLoader.register(registry, Article.class, articles::findAllById, Article::id);
		registry.<String, Article>forName(SUMMARIES)
			.registerMappedBatchLoader((ids,
					env) -> Mono.fromCallable(() -> articles.findSummariesById(ids)
						.stream()
						.collect(Collectors.toMap(Article::id, Function.identity()))));
	}

}
