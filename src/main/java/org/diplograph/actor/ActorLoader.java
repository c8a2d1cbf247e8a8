package org.diplograph.actor;

import org.diplograph.common.ByIdLoader;
import org.diplograph.model.Actor;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/** Registers the DataLoader that fetches actors by ID. */
@Configuration(proxyBeanMethods = false)
class ActorLoader {

	ActorLoader(BatchLoaderRegistry registry, ActorRepository actors) {
		ByIdLoader.register(registry, Actor.class, actors::findAllById, Actor::id);
	}

}
