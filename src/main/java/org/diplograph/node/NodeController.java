package org.diplograph.node;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.diplograph.actor.Actor;
import org.diplograph.article.Article;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.NodeIds;
import org.diplograph.deal.DefenceDeal;
import org.diplograph.limits.Limits;
import org.diplograph.visit.Visit;

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
	CompletableFuture<Object> node(@Argument String id, DataLoader<String, Article> articles,
			DataLoader<String, Actor> actors, DataLoader<String, Visit> visits, DataLoader<String, DefenceDeal> deals) {
		return load(id, articles, actors, visits, deals);
	}

	@QueryMapping
	CompletableFuture<List<Object>> nodes(@Argument List<String> ids, DataLoader<String, Article> articles,
			DataLoader<String, Actor> actors, DataLoader<String, Visit> visits, DataLoader<String, DefenceDeal> deals) {
		if (ids.size() > Limits.MAX_LIST_ITEMS) {
			throw new BadRequestException(
					"nodes takes at most " + Limits.MAX_LIST_ITEMS + " IDs; " + ids.size() + " were given.");
		}
		List<CompletableFuture<Object>> loads = new ArrayList<>();
		for (String id : ids) {
			loads.add(load(id, articles, actors, visits, deals));
		}
		return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
			.thenApply((done) -> loads.stream().map(CompletableFuture::join).toList());
	}

	@SuppressWarnings("unchecked")
	private static CompletableFuture<Object> load(String id, DataLoader<String, Article> articles,
			DataLoader<String, Actor> actors, DataLoader<String, Visit> visits, DataLoader<String, DefenceDeal> deals) {
		DataLoader<String, ?> loader = switch (NodeIds.prefixOf(id)) {
			case Article.ID_PREFIX -> articles;
			case Actor.ID_PREFIX -> actors;
			case Visit.ID_PREFIX -> visits;
			case DefenceDeal.ID_PREFIX -> deals;
			default -> throw new BadRequestException("'" + id + "' has an unknown type prefix.");
		};
		return (CompletableFuture<Object>) loader.load(id);
	}

}
