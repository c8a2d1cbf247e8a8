package org.diplograph.visit;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.diplograph.actor.ActorReferences;
import org.diplograph.common.Connection;
import org.diplograph.common.DeletePayload;
import org.diplograph.common.Inputs;
import org.diplograph.common.Loaded;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Actor;
import org.diplograph.model.NodeIds;
import org.diplograph.model.Visit;
import org.diplograph.security.RequiresAdmin;
import org.diplograph.security.RequiresEdit;

import java.security.Principal;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Visit queries, the relationship fields of Visit (each batched through a DataLoader),
 * and the visit mutations, which go through {@link VisitWrites}.
 */
@Controller
class VisitController {

	private final VisitRepository visits;

	private final ActorReferences actorReferences;

	private final VisitWrites writes;

	VisitController(VisitRepository visits, ActorReferences actorReferences, VisitWrites writes) {
		this.visits = visits;
		this.actorReferences = actorReferences;
		this.writes = writes;
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

	@MutationMapping
	@RequiresEdit
	VisitPayload createVisit(@Argument VisitInput input, @Argument String note, Principal principal) {
		return new VisitPayload(this.writes.create(input, principal.getName(), Inputs.note(note)));
	}

	@MutationMapping
	@RequiresEdit
	VisitPayload updateVisit(@Argument String id, @Argument VisitInput input, @Argument int expectedRevision,
			@Argument String note, Principal principal) {
		return new VisitPayload(
				this.writes.update(id, input, expectedRevision, principal.getName(), Inputs.note(note)));
	}

	@MutationMapping
	@RequiresAdmin
	DeletePayload deleteVisit(@Argument String id, @Argument int expectedRevision, @Argument String note,
			Principal principal) {
		return new DeletePayload(this.writes.delete(id, expectedRevision, principal.getName(), Inputs.note(note)));
	}

	/** What a visit mutation answers: the visit as it now is. */
	record VisitPayload(Visit visit) {
	}

	enum DateOrder {

		DATE_ASC, DATE_DESC

	}

}
