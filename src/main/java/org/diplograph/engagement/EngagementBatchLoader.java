package org.diplograph.engagement;

import org.diplograph.common.ByIdBatchLoader;
import org.diplograph.model.Engagement;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** Registers the batch loader behind the request's DataLoader of engagements by ID. */
@Configuration(proxyBeanMethods = false)
class EngagementBatchLoader {

	EngagementBatchLoader(BatchLoaderRegistry registry, EngagementRepository engagements) {
		ByIdBatchLoader.register(registry, Engagement.class, engagements::findAllById, Engagement::id);
	}

}
