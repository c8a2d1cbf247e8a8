package org.diplograph.actor;

import org.diplograph.model.Actor;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Registers the batch loader behind the request's DataLoader of actors by ID, which finds
 * an actor merged into another under its old ID too.
 */
@Configuration(proxyBeanMethods = false)
class ActorBatchLoader {

	ActorBatchLoader(BatchLoaderRegistry registry, ActorRepository actors) {
		registry.forTypePair(String.class, Actor.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> actors.findMapById(ids)));
	}

}
