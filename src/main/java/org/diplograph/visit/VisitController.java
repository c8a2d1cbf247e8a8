package org.diplograph.visit;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.diplograph.actor.Actor;
import org.diplograph.actor.ActorReferences;
import org.diplograph.common.Connection;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Loaded;
import org.diplograph.common.NodeIds;
import org.diplograph.common.PageRequest;

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
		VisitFilter given = (filter != null) ? filter : new VisitFilter(null, null, null, null, null, null, null, null);
		FuzzyDate from = (given.from() != null) ? FuzzyDate.parse(given.from()) : null;
		FuzzyDate to = (given.to() != null) ? FuzzyDate.parse(given.to()) : null;
		FuzzyDate.requireOrdered("filter.from", from, "filter.to", to);
		VisitRepository.VisitCriteria criteria = new VisitRepository.VisitCriteria(
				resolve("filter.visitor", given.visitor()), country("filter.fromCountry", given.fromCountry()),
				country("filter.hostCountry", given.hostCountry()), resolve("filter.involves", given.involves()), from,
				to, given.status(),
				(given.source() != null) ? NodeIds.require(given.source(), "article:", "filter.source") : null);
		return this.visits.page(criteria, orderBy == DateOrder.DATE_DESC, request);
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

	private String resolve(String argument, String reference) {
		return (reference != null) ? this.actorReferences.resolve(argument, reference) : null;
	}

	private String country(String argument, String reference) {
		return (reference != null) ? this.actorReferences.resolveCountry(argument, reference) : null;
	}

	enum DateOrder {

		DATE_ASC, DATE_DESC

	}

	record VisitFilter(String visitor, String fromCountry, String hostCountry, String involves, String from, String to,
			VisitStatus status, String source) {
	}

}
