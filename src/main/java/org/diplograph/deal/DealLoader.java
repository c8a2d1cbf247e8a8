package org.diplograph.deal;

import org.diplograph.common.ByIdLoader;
import org.diplograph.model.DefenceDeal;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** Registers the DataLoader that fetches deals by ID. */
@Configuration(proxyBeanMethods = false)
class DealLoader {

	DealLoader(BatchLoaderRegistry registry, DealRepository deals) {
		ByIdLoader.register(registry, DefenceDeal.class, deals::findAllById, DefenceDeal::id);
	}

}
