package org.diplograph.visit;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.diplograph.actor.ActorReferences;
import org.diplograph.common.Connection;
import org.diplograph.common.Loaded;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Actor;
import org.diplograph.model.NodeIds;
import org.diplograph.model.Visit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Visit queries and the relationship fields of Visit, each batched through a DataLoader.
 */
@Controller
class VisitController {

	private final VisitRepository visits;

	private final ActorReferences actorReferences;

	VisitController(VisitRepository visits, ActorReferences actorReferences) {
		this.visits = visits;
		this.actorReferences = actorReferences;
	}

	@QueryMapping
	Visit visit(@Argument String id) {
		return this.visits.findById(NodeIds.require(id, Visit.ID_PREFIX, "visit(id)"));
	}

	@QueryMapping
	Connection<Visit> visits(@Argument VisitFilter filter, @Argument DateOrder orderBy, @Argument Integer first,
			@Argument String after, @Argument Integer last, @Argument String before) {
		PageRequest request = PageRequest.of(first, after, last, before);
		VisitFilter given = (filter != null) ? filter : VisitFilter.NONE;
		return this.visits.page(given.resolve(this.actorReferences), orderBy == DateOrder.DATE_DESC, request);
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> visitors(Visit visit, DataLoader<String, Actor> actors) {
		return Loaded.all(actors, visit.visitorIds());
	}

	@SchemaMapping
	CompletableFuture<Actor> fromCountry(Visit visit, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, visit.fromCountryId());
	}

	@SchemaMapping
	CompletableFuture<Actor> hostCountry(Visit visit, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, visit.hostCountryId());
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> metWith(Visit visit, DataLoader<String, Actor> actors) {
		return Loaded.all(actors, visit.metWithIds());
	}

	enum DateOrder {

		DATE_ASC, DATE_DESC

	}

}
