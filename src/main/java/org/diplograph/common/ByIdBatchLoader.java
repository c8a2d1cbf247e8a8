package org.diplograph.common;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Registers a request-scoped DataLoader that fetches one type of document by ID: all the
 * IDs a request level asks for go to the database in one query.
 */
public final class ByIdBatchLoader {

	private ByIdBatchLoader() {
	}

	public static <T> void register(BatchLoaderRegistry registry, Class<T> type,
			Function<Collection<String>, List<T>> findAllById, Function<T, String> idOf) {
		registry.forTypePair(String.class, type).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> {
			// a request already over its time or size stops here rather than query
			RequestBudget.ofBatch(env.getContext()).check();
			return findAllById.apply(ids).stream().collect(Collectors.toMap(idOf, Function.identity()));
		}));
	}

	/**
	 * The request's DataLoader of that type, as {@link #register} registered it: under
	 * the type's class name, which is also how a {@code DataLoader<String, T>} controller
	 * argument finds it.
	 */
	public static <T> DataLoader<String, T> of(DataFetchingEnvironment env, Class<T> type) {
		return env.getDataLoader(type.getName());
	}

}
