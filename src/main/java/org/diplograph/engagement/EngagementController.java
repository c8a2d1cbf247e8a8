package org.diplograph.engagement;

import java.security.Principal;
import java.util.Comparator;
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
import org.diplograph.model.Article;
import org.diplograph.model.Engagement;
import org.diplograph.model.NodeIds;
import org.diplograph.security.RequiresAdmin;
import org.diplograph.security.RequiresEdit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Engagement queries, the relationship fields of Engagement, and the engagements of
 * actors and articles, each batched through a DataLoader; and the engagement mutations,
 * which go through {@link EngagementWrites}.
 */
@Controller
class EngagementController {

	private final EngagementRepository engagements;

	private final ActorReferences actorReferences;

	private final EngagementWrites writes;

	EngagementController(EngagementRepository engagements, ActorReferences actorReferences, EngagementWrites writes) {
		this.engagements = engagements;
		this.actorReferences = actorReferences;
		this.writes = writes;
	}

	@QueryMapping
	Engagement engagement(@Argument String id) {
		return this.engagements.findById(NodeIds.require(id, Engagement.ID_PREFIX, "engagement(id)"));
	}

	@QueryMapping
	Connection<Engagement> engagements(@Argument EngagementFilter filter, @Argument DateOrder orderBy,
			@Argument Integer first, @Argument String after, @Argument Integer last, @Argument String before) {
		PageRequest request = PageRequest.of(first, after, last, before);
		EngagementFilter given = (filter != null) ? filter : EngagementFilter.NONE;
		return this.engagements.page(given.resolve(this.actorReferences), orderBy == DateOrder.DATE_DESC, request);
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> participants(Engagement engagement, DataLoader<String, Actor> actors) {
		return Loaded.all(actors, engagement.participantIds());
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> countries(Engagement engagement, DataLoader<String, Actor> actors) {
		return Loaded.all(actors, engagement.countryIds());
	}

	@SchemaMapping
	CompletableFuture<Actor> hostCountry(Engagement engagement, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, engagement.hostCountryId());
	}

	@SchemaMapping(typeName = "Actor", field = "engagements")
	CompletableFuture<List<Engagement>> actorEngagements(Actor actor, DataLoader<String, Engagement> engagements) {
		return Loaded.all(engagements, actor.engagementIds()).thenApply(EngagementController::byDate);
	}

	@SchemaMapping(typeName = "Article", field = "engagements")
	CompletableFuture<List<Engagement>> articleEngagements(Article article,
			DataLoader<String, Engagement> engagements) {
		return Loaded.all(engagements, article.engagementIds()).thenApply(EngagementController::byDate);
	}

	@MutationMapping
	@RequiresEdit
	EngagementPayload createEngagement(@Argument EngagementInput input, @Argument String note, Principal principal) {
		return new EngagementPayload(this.writes.create(input, principal.getName(), Inputs.note(note)));
	}

	@MutationMapping
	@RequiresEdit
	EngagementPayload updateEngagement(@Argument String id, @Argument EngagementInput input,
			@Argument int expectedRevision, @Argument String note, Principal principal) {
		return new EngagementPayload(
				this.writes.update(id, input, expectedRevision, principal.getName(), Inputs.note(note)));
	}

	@MutationMapping
	@RequiresAdmin
	DeletePayload deleteEngagement(@Argument String id, @Argument int expectedRevision, @Argument String note,
			Principal principal) {
		return new DeletePayload(this.writes.delete(id, expectedRevision, principal.getName(), Inputs.note(note)));
	}

	private static List<Engagement> byDate(List<Engagement> engagements) {
		return engagements.stream()
			.sorted(Comparator.comparing(Engagement::sortKey).thenComparing(Engagement::id))
			.toList();
	}

	/** What an engagement mutation answers: the engagement as it now is. */
	record EngagementPayload(Engagement engagement) {
	}

	enum DateOrder {

		DATE_ASC, DATE_DESC

	}

}
