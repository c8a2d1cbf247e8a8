package org.diplograph.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.diplograph.common.ByIdBatchLoader;
import org.diplograph.model.Candidate;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Registers the batch loaders of candidates: by ID, and the candidates of each article,
 * so that a list of articles costs one query for all their candidates.
 */
@Configuration(proxyBeanMethods = false)
class CandidateBatchLoader {

	static final String BY_ARTICLE = "candidatesByArticle";

	CandidateBatchLoader(BatchLoaderRegistry registry, CandidateRepository candidates) {
		ByIdBatchLoader.register(registry, Candidate.class, candidates::findAllById, Candidate::id);
		registry.<String, List<Candidate>>forName(BY_ARTICLE)
			.registerMappedBatchLoader((articleIds, env) -> Mono.fromCallable(() -> {
				Map<String, List<Candidate>> byArticle = new HashMap<>();
				for (Candidate candidate : candidates.findByArticleIds(articleIds)) {
					byArticle.computeIfAbsent(candidate.articleId(), (id) -> new ArrayList<>()).add(candidate);
				}
				return byArticle;
			}));
	}

}
