package org.diplograph.visit;

import org.diplograph.common.ByIdLoader;
import org.diplograph.model.Visit;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** Registers the DataLoader that fetches visits by ID. */
@Configuration(proxyBeanMethods = false)
class VisitLoader {

	VisitLoader(BatchLoaderRegistry registry, VisitRepository visits) {
		ByIdLoader.register(registry, Visit.class, visits::findAllById, Visit::id);
	}

}
