package org.diplograph.common;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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

	/**
	 * Registers the DataLoader of that type without the near cache: for documents whose
	 * changes do not all go through the change log.
	 */
	public static <T> void register(BatchLoaderRegistry registry, Class<T> type,
			Function<Collection<String>, List<T>> findAllById, Function<T, String> idOf) {
		register(registry, NearCache.NONE, type, findAllById, idOf);
	}

	public static <T> void register(BatchLoaderRegistry registry, NearCache cache, Class<T> type,
			Function<Collection<String>, List<T>> findAllById, Function<T, String> idOf) {
		register(registry, type.getName(), cache, type.getSimpleName(),
				(ids) -> findAllById.apply(ids).stream().collect(Collectors.toMap(idOf, Function.identity())), idOf);
	}

	/**
	 * Registers a DataLoader under {@code name} that finds documents by ID through the
	 * near cache; only a document found under its own ID is kept there.
	 * @param kind what the documents are, for the cache
	 */
	public static <T> void register(BatchLoaderRegistry registry, String name, NearCache cache, String kind,
			Function<Collection<String>, Map<String, T>> find, Function<T, String> idOf) {
		registry.<String, T>forName(name).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> {
			// a request already over its time or size stops here rather than query
			RequestBudget.ofBatch(env.getContext()).check();
			return cache.getAll(kind, ids, find, idOf);
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
