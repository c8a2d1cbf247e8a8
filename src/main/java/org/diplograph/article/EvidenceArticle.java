package org.diplograph.article;

import java.util.concurrent.CompletableFuture;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

import org.diplograph.common.Evidence;
import org.diplograph.model.Article;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Evidence.article: the article of a piece of evidence, a summary unless its body or
 * mentions are asked for, through the request's DataLoader. A nested page resolves it
 * thousands of times, so it is a plain data fetcher rather than a controller method:
 * marked trivial, it skips the per-call reflection, context propagation and metrics of a
 * controller method (the DataLoader's batch is still measured as graphql.dataloader).
 */
@Configuration(proxyBeanMethods = false)
class EvidenceArticle implements TrivialDataFetcher<CompletableFuture<Article>> {

	@Bean
	RuntimeWiringConfigurer evidenceArticleWiring() {
		return (wiring) -> wiring.type("Evidence", (type) -> type.dataFetcher("article", this));
	}

	@Override
	public CompletableFuture<Article> get(DataFetchingEnvironment env) {
		Evidence evidence = env.getSource();
		if (evidence == null || evidence.articleId() == null) {
			return CompletableFuture.completedFuture(null);
		}
		boolean whole = ArticleFields.selectsBulky(env.getMergedField().getFields(), env.getFragmentsByName());
		DataLoader<String, Article> articles = env
			.getDataLoader(whole ? Article.class.getName() : ArticleBatchLoader.SUMMARIES);
		return articles.load(evidence.articleId());
	}

}
