package org.diplograph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.model.Actor;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Visit;

/**
 * Who takes part in which visit, deal and engagement, and which article reports them, in
 * one pass over each: the IDs actor and article documents carry so their relationship
 * fields are lookups by _id.
 */
record CrossReferences(Map<String, List<Actor.VisitRef>> visitRefsByActor, Map<String, List<String>> dealIdsByActor,
		Map<String, List<String>> visitIdsByArticle, Map<String, List<String>> dealIdsByArticle,
		Map<String, List<String>> engagementIdsByActor, Map<String, List<String>> engagementIdsByArticle) {

	static CrossReferences of(List<Visit> visits, List<DefenceDeal> deals, List<Engagement> engagements) {
		CrossReferences references = new CrossReferences(new HashMap<>(), new HashMap<>(), new HashMap<>(),
				new HashMap<>(), new HashMap<>(), new HashMap<>());
		for (Visit visit : visits) {
			visit.actorRoles()
				.forEach((actorId,
						actorRoles) -> actorRoles.forEach((role) -> references.visitRefsByActor
							.computeIfAbsent(actorId, (key) -> new ArrayList<>())
							.add(new Actor.VisitRef(visit.id(), role))));
			visit.articleIds()
				.forEach((articleId) -> references.visitIdsByArticle
					.computeIfAbsent(articleId, (key) -> new ArrayList<>())
					.add(visit.id()));
		}
		for (DefenceDeal deal : deals) {
			deal.involvedIds()
				.forEach((actorId) -> references.dealIdsByActor.computeIfAbsent(actorId, (key) -> new ArrayList<>())
					.add(deal.id()));
			deal.articleIds()
				.forEach((articleId) -> references.dealIdsByArticle
					.computeIfAbsent(articleId, (key) -> new ArrayList<>())
					.add(deal.id()));
		}
		for (Engagement engagement : engagements) {
			engagement.involvedIds()
				.forEach((actorId) -> references.engagementIdsByActor
					.computeIfAbsent(actorId, (key) -> new ArrayList<>())
					.add(engagement.id()));
			engagement.articleIds()
				.forEach((articleId) -> references.engagementIdsByArticle
					.computeIfAbsent(articleId, (key) -> new ArrayList<>())
					.add(engagement.id()));
		}
		return references;
	}

	/**
	 * The actor with the IDs of the articles naming it and of its visits, deals and
	 * engagements.
	 */
	Actor addTo(Actor actor, List<String> articleIds) {
		return new Actor(actor.id(), actor.name(), actor.kind(), actor.aliases(), actor.exactAliases(), actor.code(),
				actor.countryId(), actor.roles(), actor.description(), actor.nameKeys(), actor.searchText(), articleIds,
				this.visitRefsByActor.getOrDefault(actor.id(), List.of()),
				this.dealIdsByActor.getOrDefault(actor.id(), List.of()), actor.sortKey(),
				this.engagementIdsByActor.getOrDefault(actor.id(), List.of()), actor.revision(), actor.origin());
	}

	List<String> visitIdsOf(String articleId) {
		return this.visitIdsByArticle.getOrDefault(articleId, List.of());
	}

	List<String> dealIdsOf(String articleId) {
		return this.dealIdsByArticle.getOrDefault(articleId, List.of());
	}

	List<String> engagementIdsOf(String articleId) {
		return this.engagementIdsByArticle.getOrDefault(articleId, List.of());
	}

}
