package org.diplograph.node;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;

import org.diplograph.common.ByIdBatchLoader;
import org.diplograph.model.NodeType;

/**
 * Loads any node by its ID through the request's DataLoader of its type, so that
 * {@code node}, {@code nodes} and search hits share one map from type to DataLoader.
 */
public final class Nodes {

	private Nodes() {
	}

	/** The node with this ID, of a type {@link NodeType} knows; null when none has it. */
	public static CompletableFuture<Object> load(DataFetchingEnvironment env, String id) {
		NodeType type = NodeType.ofId(id);
		if (type == null) {
			throw new IllegalArgumentException("No node type has the prefix of " + id);
		}
		return ByIdBatchLoader.of(env, type.documentType()).load(id).thenApply((node) -> node);
	}

}
