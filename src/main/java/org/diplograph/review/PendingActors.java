package org.diplograph.review;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.diplograph.actor.ActorInput;
import org.diplograph.actor.ActorReferences;
import org.diplograph.actor.ActorWrites;
import org.diplograph.change.Plan;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.NotFoundException;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorCandidate;
import org.diplograph.model.Candidate;
import org.diplograph.model.CandidateStatus;
import org.diplograph.model.NodeIds;

import org.springframework.graphql.data.ArgumentValue;

/**
 * The actor candidates one acceptance brings along: a reference to an actor candidate
 * stands for the actor it became once accepted or merged, for nothing once rejected, and
 * for a new actor, created in the same change, while it is pending (its country first,
 * when that is proposed too).
 */
final class PendingActors {

	private final ActorWrites writes;

	private final CandidateRepository candidates;

	private ActorReferences references;

	private final Map<String, String> actorIdByCandidate = new LinkedHashMap<>();

	private final Map<ActorCandidate, Actor> created = new LinkedHashMap<>();

	private final Set<String> reserved = new HashSet<>();

	PendingActors(ActorWrites writes, ActorReferences references, CandidateRepository candidates) {
		this.writes = writes;
		this.references = references;
		this.candidates = candidates;
	}

	/**
	 * The actor ID a reference stands for: an actor's own; for an actor candidate, the
	 * actor it became or is created as; null for a rejected one.
	 */
	String resolve(String reference) {
		if (!Candidate.isCandidate(reference)) {
			return reference;
		}
		if (this.actorIdByCandidate.containsKey(reference)) {
			return this.actorIdByCandidate.get(reference);
		}
		Candidate found = this.candidates.findById(NodeIds.require(reference, Candidate.ID_PREFIX, "an actor"));
		if (found == null) {
			throw new NotFoundException("No candidate has the ID " + reference + ".");
		}
		if (!(found instanceof ActorCandidate actor)) {
			throw new BadRequestException(reference + " proposes a " + found.type().name().toLowerCase()
					+ ", not an actor; refer to actors by ID, name or actor candidate ID.");
		}
		// a reference back to itself, should a country name its own candidate, stays
		// empty
		this.actorIdByCandidate.put(reference, null);
		String id = switch (actor.status()) {
			case ACCEPTED, MERGED -> actor.resultId();
			case REJECTED -> null;
			case PENDING -> create(actor);
		};
		this.actorIdByCandidate.put(reference, id);
		return id;
	}

	List<String> resolveAll(List<String> references) {
		return references.stream().map(this::resolve).filter(Objects::nonNull).distinct().toList();
	}

	/** The references, knowing the actors this change creates. */
	ActorReferences references() {
		return this.references;
	}

	/** The candidates created as actors, with the actor each becomes. */
	Map<ActorCandidate, Actor> created() {
		return this.created;
	}

	/** Adds each new actor to the change, its candidate ACCEPTED as that actor. */
	void addTo(Plan plan, String author, String at, String note) {
		this.created.forEach((candidate, actor) -> {
			plan.update(candidate, candidate.decided(CandidateStatus.ACCEPTED, author, at, note, actor.id()),
					candidate.revision());
			plan.insert(actor);
		});
	}

	private String create(ActorCandidate candidate) {
		String country = (candidate.countryId() != null) ? resolve(candidate.countryId()) : null;
		ActorInput input = new ActorInput(ArgumentValue.ofNullable(candidate.name()),
				ArgumentValue.ofNullable(candidate.kind()), ArgumentValue.omitted(), given(candidate.code()),
				given(country), ArgumentValue.omitted());
		Actor actor;
		try {
			actor = this.writes.prepare(input, this.references, this.reserved);
		}
		catch (BadRequestException ex) {
			throw new BadRequestException(
					"The proposed actor " + candidate.name() + " (" + candidate.id() + ") cannot be created with it: "
							+ ex.getMessage() + " Accept or merge that candidate first, or reject it.");
		}
		this.reserved.add(actor.id());
		this.references = this.references.including(List.of(actor));
		this.created.put(candidate, actor);
		return actor.id();
	}

	static <T> ArgumentValue<T> given(T value) {
		return (value != null) ? ArgumentValue.ofNullable(value) : ArgumentValue.omitted();
	}

}
