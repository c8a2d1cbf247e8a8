package org.diplograph.actor;

import org.diplograph.common.ByIdBatchLoader;
import org.diplograph.model.Actor;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** Registers the batch loader behind the request's DataLoader of actors by ID. */
@Configuration(proxyBeanMethods = false)
class ActorBatchLoader {

	ActorBatchLoader(BatchLoaderRegistry registry, ActorRepository actors) {
		ByIdBatchLoader.register(registry, Actor.class, actors::findAllById, Actor::id);
	}

}
