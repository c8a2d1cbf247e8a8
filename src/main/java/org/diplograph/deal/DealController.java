package org.diplograph.deal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.diplograph.actor.ActorReferences;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.Connection;
import org.diplograph.common.DeletePayload;
import org.diplograph.common.Inputs;
import org.diplograph.common.Limits;
import org.diplograph.common.Loaded;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Actor;
import org.diplograph.model.DealItem;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.NodeIds;
import org.diplograph.security.RequiresAdmin;
import org.diplograph.security.RequiresEdit;

import java.security.Principal;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Deal queries, the relationship fields of DefenceDeal and DealItem (each batched through
 * a DataLoader), and the deal mutations, which go through {@link DealWrites}.
 */
@Controller
class DealController {

	private final DealRepository deals;

	private final ActorReferences actorReferences;

	private final DealWrites writes;

	DealController(DealRepository deals, ActorReferences actorReferences, DealWrites writes) {
		this.deals = deals;
		this.actorReferences = actorReferences;
		this.writes = writes;
	}

	@QueryMapping
	DefenceDeal deal(@Argument String id) {
		return this.deals.findById(NodeIds.require(id, DefenceDeal.ID_PREFIX, "deal(id)"));
	}

	@QueryMapping
	Connection<DefenceDeal> deals(@Argument DealFilter filter, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		PageRequest request = PageRequest.of(first, after, last, before);
		DealFilter given = (filter != null) ? filter : DealFilter.NONE;
		if (given.system() != null && given.system().length() > Limits.MAX_NAME_LENGTH) {
			throw new BadRequestException("filter.system is longer than " + Limits.MAX_NAME_LENGTH + " characters.");
		}
		return this.deals.page(given.resolve(this.actorReferences), request);
	}

	@SchemaMapping(typeName = "DefenceDeal")
	CompletableFuture<Actor> buyer(DefenceDeal deal, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, deal.buyerId());
	}

	@SchemaMapping(typeName = "DefenceDeal")
	CompletableFuture<Actor> supplier(DefenceDeal deal, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, deal.supplierId());
	}

	@SchemaMapping(typeName = "DefenceDeal")
	CompletableFuture<List<Actor>> parties(DefenceDeal deal, DataLoader<String, Actor> actors) {
		return Loaded.all(actors, deal.partyIds());
	}

	@SchemaMapping(typeName = "DealItem")
	CompletableFuture<Actor> manufacturer(DealItem item, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, item.manufacturerId());
	}

	@MutationMapping
	@RequiresEdit
	DealPayload createDeal(@Argument DealInput input, @Argument String note, Principal principal) {
		return new DealPayload(this.writes.create(input, principal.getName(), Inputs.note(note)));
	}

	@MutationMapping
	@RequiresEdit
	DealPayload updateDeal(@Argument String id, @Argument DealInput input, @Argument int expectedRevision,
			@Argument String note, Principal principal) {
		return new DealPayload(this.writes.update(id, input, expectedRevision, principal.getName(), Inputs.note(note)));
	}

	@MutationMapping
	@RequiresAdmin
	DeletePayload deleteDeal(@Argument String id, @Argument int expectedRevision, @Argument String note,
			Principal principal) {
		return new DeletePayload(this.writes.delete(id, expectedRevision, principal.getName(), Inputs.note(note)));
	}

	/** What a deal mutation answers: the deal as it now is. */
	record DealPayload(DefenceDeal deal) {
	}

}
