package org.diplograph.common;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.diplograph.limits.RequestBudget;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Registers a request-scoped DataLoader that fetches one type of document by ID: all the
 * IDs a request level asks for go to the database in one query.
 */
public final class ByIdLoader {

	private ByIdLoader() {
	}

	public static <T> void register(BatchLoaderRegistry registry, Class<T> type,
			Function<Collection<String>, List<T>> findAllById, Function<T, String> idOf) {
		registry.forTypePair(String.class, type).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> {
			// a request already over its time or size stops here rather than query
			RequestBudget.ofBatch(env.getContext()).check();
			return findAllById.apply(ids).stream().collect(Collectors.toMap(idOf, Function.identity()));
		}));
	}

}
