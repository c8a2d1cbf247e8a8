package org.diplograph.visit;

import org.diplograph.common.ByIdBatchLoader;
import org.diplograph.common.NearCache;
import org.diplograph.model.Visit;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** Registers the batch loader behind the request's DataLoader of visits by ID. */
@Configuration(proxyBeanMethods = false)
class VisitBatchLoader {

	VisitBatchLoader(BatchLoaderRegistry registry, NearCache cache, VisitRepository visits) {
		ByIdBatchLoader.register(registry, cache, Visit.class, visits::findAllById, Visit::id);
	}

}
