package org.diplograph.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.actor.ActorWrites;
import org.diplograph.change.ChangeAction;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Plan;
import org.diplograph.common.BadRequestException;
import org.diplograph.evidence.FactEvidence;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorCandidate;
import org.diplograph.model.Candidate;
import org.diplograph.model.CandidateStatus;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.NodeIds;
import org.diplograph.model.Visit;

import org.springframework.stereotype.Component;

/**
 * Merging a candidate into what already records it, as one MERGE change on that fact or
 * actor: a fact gains the candidate's evidence as sources; an actor gains its name as an
 * alias, and the mentions of that name in the candidate's article. Nothing else of it
 * changes; a fact of another kind is refused.
 */
@Component
class Merging {

	private final ChangeWrites changes;

	private final ActorWrites actors;

	private final CandidateRepository candidates;

	private final Map<String, FactEvidence> facts = new LinkedHashMap<>();

	Merging(ChangeWrites changes, ActorWrites actors, CandidateRepository candidates, List<FactEvidence> facts) {
		this.changes = changes;
		this.actors = actors;
		this.candidates = candidates;
		facts.forEach((kind) -> this.facts.put(kind.prefix(), kind));
	}

	/** Merges the pending candidate {@code before} into {@code into}. */
	void merge(Candidate before, String into, String at, String note, String author) {
		String prefix = NodeIds.prefixOf(into);
		String expected = switch (before.type()) {
			case ACTOR -> Actor.ID_PREFIX;
			case VISIT -> Visit.ID_PREFIX;
			case DEAL -> DefenceDeal.ID_PREFIX;
			case ENGAGEMENT -> Engagement.ID_PREFIX;
		};
		if (!prefix.equals(expected)) {
			throw new BadRequestException(
					"input.into is " + into + ", not " + kind(expected) + "; " + before.id() + " proposes "
							+ kind(expected) + " and merges only into one (an ID starting with " + expected + ").");
		}
		Plan plan = this.changes.plan(ChangeAction.MERGE, into, author)
			.note((note != null) ? note : "Merged " + before.id() + " into " + into + ".");
		String target = into;
		if (before instanceof ActorCandidate actor) {
			Actor kept = this.actors.addAlias(into, actor.name(), plan);
			target = kept.id();
			new NewMentions().add(actor.articleId(), target, ReviewWrites.names(kept.name(), actor.name()))
				.addTo(plan, this.candidates);
		}
		else {
			this.facts.get(prefix).addSources(into, before.evidence(), plan);
		}
		plan.update(before, before.decided(CandidateStatus.MERGED, author, at, note, target), before.revision());
		this.changes.apply(plan);
	}

	/** What facts of the ID prefix are, with the article: "a visit", "an actor". */
	private static String kind(String prefix) {
		String kind = prefix.equals(DefenceDeal.ID_PREFIX) ? "deal" : prefix.substring(0, prefix.length() - 1);
		return (kind.matches("[aeiou].*") ? "an " : "a ") + kind;
	}

}
