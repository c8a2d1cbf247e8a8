package org.diplograph.common;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

/** Batched loads through a request's DataLoaders, for relationship fields. */
public final class Loaded {

	private Loaded() {
	}

	/**
	 * The entities with these IDs, in the order of the IDs, leaving out any that no
	 * longer exist.
	 */
	public static <T> CompletableFuture<List<T>> all(DataLoader<String, T> loader, Collection<String> ids) {
		if (ids == null || ids.isEmpty()) {
			return CompletableFuture.completedFuture(List.of());
		}
		return loader.loadMany(List.copyOf(ids)).thenApply((found) -> found.stream().filter(Objects::nonNull).toList());
	}

	/** The entity with this ID, or null when the ID is null. */
	public static <T> CompletableFuture<T> one(DataLoader<String, T> loader, String id) {
		return (id != null) ? loader.load(id) : CompletableFuture.completedFuture(null);
	}

}
