package org.diplograph.actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.diplograph.common.NearCache;
import org.diplograph.common.RequestBudget;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * The request's DataLoader of actors of one kind by ID: the kind goes into the query, so
 * a list of the people an article names reads only people. A reference in a document is
 * always to an actor that exists (a merge rewrites them), so no merged-away IDs are
 * followed here.
 */
@Configuration(proxyBeanMethods = false)
public class ActorsOfKind {

	private static final String LOADER = "actorsOfKind";

	ActorsOfKind(BatchLoaderRegistry registry, NearCache cache, ActorRepository actors) {
		registry.<Key, Actor>forName(LOADER).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
			// a request already over its time or size stops here rather than query
			RequestBudget.ofBatch(env.getContext()).check();
			return find(cache, actors, keys);
		}));
	}

	/** The actors with these IDs that are of this kind, in the order of the IDs. */
	public static CompletableFuture<List<Actor>> load(DataFetchingEnvironment env, Collection<String> ids,
			ActorKind kind) {
		if (ids == null || ids.isEmpty()) {
			return CompletableFuture.completedFuture(List.of());
		}
		DataLoader<Key, Actor> loader = env.getDataLoader(LOADER);
		return loader.loadMany(ids.stream().map((id) -> new Key(id, kind)).toList())
			.thenApply((found) -> found.stream().filter(Objects::nonNull).toList());
	}

	/**
	 * The actors of these keys: those the near cache holds (shared with the loader of
	 * actors by ID), then the others of the kinds asked for from the database.
	 */
	private static Map<Key, Actor> find(NearCache cache, ActorRepository actors, Set<Key> keys) {
		Set<String> ids = keys.stream().map(Key::id).collect(Collectors.toSet());
		Set<ActorKind> kinds = keys.stream().map(Key::kind).collect(Collectors.toSet());
		Map<String, Actor> byId = cache.getAll("Actor", ids,
				(missing) -> actors.findAllOfKinds(missing, kinds)
					.stream()
					.collect(Collectors.toMap(Actor::id, Function.identity())),
				Actor::id);
		Map<Key, Actor> found = new HashMap<>();
		for (Actor actor : byId.values()) {
			Key key = new Key(actor.id(), actor.kind());
			if (keys.contains(key)) {
				found.put(key, actor);
			}
		}
		return found;
	}

	/** An actor ID and the kind it must be of. */
	record Key(String id, ActorKind kind) {
	}

}
