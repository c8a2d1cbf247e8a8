package org.diplograph.actor;

import org.diplograph.common.ByIdBatchLoader;
import org.diplograph.common.NearCache;
import org.diplograph.model.Actor;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Registers the batch loader behind the request's DataLoader of actors by ID, which finds
 * an actor merged into another under its old ID too.
 */
@Configuration(proxyBeanMethods = false)
class ActorBatchLoader {

	ActorBatchLoader(BatchLoaderRegistry registry, NearCache cache, ActorRepository actors) {
		ByIdBatchLoader.register(registry, Actor.class.getName(), cache, "Actor", actors::findMapById, Actor::id);
	}

}
