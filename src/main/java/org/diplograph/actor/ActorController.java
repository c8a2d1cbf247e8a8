package org.diplograph.actor;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.Connection;
import org.diplograph.common.Inputs;
import org.diplograph.common.Limits;
import org.diplograph.common.Loaded;
import org.diplograph.common.Names;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.NodeIds;
import org.diplograph.model.Role;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitRole;
import org.diplograph.security.RequiresAdmin;
import org.diplograph.security.RequiresEdit;

import java.security.Principal;
import java.util.Comparator;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Actor queries, the relationship fields of Actor and Role (each batched through a
 * DataLoader), and the actor mutations, which go through {@link ActorWrites}.
 */
@Controller
class ActorController {

	private final ActorRepository actors;

	private final ActorReferences references;

	private final ActorWrites writes;

	ActorController(ActorRepository actors, ActorReferences references, ActorWrites writes) {
		this.actors = actors;
		this.references = references;
		this.writes = writes;
	}

	@QueryMapping
	Actor actor(@Argument String id) {
		return this.actors.findById(NodeIds.require(id, Actor.ID_PREFIX, "actor(id)"));
	}

	@QueryMapping
	Actor actorByName(@Argument String name) {
		if (name.isBlank() || name.length() > Limits.MAX_NAME_LENGTH) {
			throw new BadRequestException(
					"actorByName: give a name of 1 to " + Limits.MAX_NAME_LENGTH + " characters.");
		}
		List<Actor> matches = this.actors.findByNameKey(Names.key(name));
		if (matches.size() > 1) {
			throw new BadRequestException("actorByName: '" + name + "' names several actors: "
					+ ActorReferences.describe(matches) + "; use a fuller name or actor(id).");
		}
		return matches.isEmpty() ? null : matches.get(0);
	}

	@QueryMapping
	Connection<Actor> actors(@Argument ActorFilter filter, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		PageRequest request = PageRequest.of(first, after, last, before);
		ActorFilter given = (filter != null) ? filter : ActorFilter.NONE;
		if (given.name() != null && given.name().length() > Limits.MAX_NAME_LENGTH) {
			throw new BadRequestException("filter.name is longer than " + Limits.MAX_NAME_LENGTH + " characters.");
		}
		return this.actors.page(given.resolve(this.references), request);
	}

	@SchemaMapping
	CompletableFuture<Actor> country(Actor actor, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, actor.countryId());
	}

	@SchemaMapping
	CompletableFuture<List<Article>> articles(Actor actor, DataLoader<String, Article> articles) {
		return Loaded.all(articles, actor.articleIds());
	}

	@SchemaMapping
	CompletableFuture<List<Visit>> visits(Actor actor, @Argument VisitRole role, DataLoader<String, Visit> visits) {
		Set<String> ids = new LinkedHashSet<>();
		actor.visitRefs()
			.stream()
			.filter((ref) -> role == null || ref.role() == role)
			.forEach((ref) -> ids.add(ref.visitId()));
		// by date: links added by writes come last in the stored list
		return Loaded.all(visits, ids)
			.thenApply((found) -> found.stream()
				.sorted(Comparator.comparing((Visit visit) -> visit.date().start()).thenComparing(Visit::id))
				.toList());
	}

	@SchemaMapping
	CompletableFuture<List<DefenceDeal>> deals(Actor actor, DataLoader<String, DefenceDeal> deals) {
		return Loaded.all(deals, actor.dealIds());
	}

	@SchemaMapping(typeName = "Role")
	CompletableFuture<Actor> organization(Role role, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, role.organizationId());
	}

	@MutationMapping
	@RequiresEdit
	ActorPayload createActor(@Argument ActorInput input, @Argument String note, Principal principal) {
		return new ActorPayload(this.writes.create(input, principal.getName(), Inputs.note(note)));
	}

	@MutationMapping
	@RequiresEdit
	ActorPayload updateActor(@Argument String id, @Argument ActorInput input, @Argument int expectedRevision,
			@Argument String note, Principal principal) {
		return new ActorPayload(
				this.writes.update(id, input, expectedRevision, principal.getName(), Inputs.note(note)));
	}

	@MutationMapping
	@RequiresAdmin
	ActorPayload mergeActors(@Argument String keep, @Argument String remove, @Argument int expectedRevision,
			@Argument String note, Principal principal) {
		return new ActorPayload(
				this.writes.merge(keep, remove, expectedRevision, principal.getName(), Inputs.note(note)));
	}

	/** What an actor mutation answers: the actor as it now is. */
	record ActorPayload(Actor actor) {
	}

}
