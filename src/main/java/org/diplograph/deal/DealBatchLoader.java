package org.diplograph.deal;

import org.diplograph.common.ByIdBatchLoader;
import org.diplograph.common.NearCache;
import org.diplograph.model.DefenceDeal;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** Registers the batch loader behind the request's DataLoader of deals by ID. */
@Configuration(proxyBeanMethods = false)
class DealBatchLoader {

	DealBatchLoader(BatchLoaderRegistry registry, NearCache cache, DealRepository deals) {
		ByIdBatchLoader.register(registry, cache, DefenceDeal.class, deals::findAllById, DefenceDeal::id);
	}

}
