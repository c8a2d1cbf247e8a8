package org.diplograph.node;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.Limits;
import org.diplograph.model.NodeIds;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node} and {@code nodes}: any entity by its type-prefixed ID, through the
 * per-type DataLoaders.
 */
@Controller
class NodeController {

	@QueryMapping
	CompletableFuture<Object> node(@Argument String id, DataFetchingEnvironment env) {
		return load(id, env);
	}

	@QueryMapping
	CompletableFuture<List<Object>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
		if (ids.size() > Limits.MAX_LIST_ITEMS) {
			throw new BadRequestException(
					"nodes takes at most " + Limits.MAX_LIST_ITEMS + " IDs; " + ids.size() + " were given.");
		}
		List<CompletableFuture<Object>> loads = new ArrayList<>();
		for (String id : ids) {
			loads.add(load(id, env));
		}
		return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
			.thenApply((done) -> loads.stream().map(CompletableFuture::join).toList());
	}

	private static CompletableFuture<Object> load(String id, DataFetchingEnvironment env) {
		// checks the ID first: a malformed one is the user's to correct
		NodeIds.prefixOf(id);
		return Nodes.load(env, id);
	}

}
