package org.diplograph.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.diplograph.actor.ActorInput;
import org.diplograph.actor.ActorReferences;
import org.diplograph.actor.ActorWrites;
import org.diplograph.change.ChangeAction;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Plan;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.ConflictException;
import org.diplograph.common.Edits;
import org.diplograph.common.NotFoundException;
import org.diplograph.deal.DealWrites;
import org.diplograph.engagement.EngagementWrites;
import org.diplograph.model.ActorCandidate;
import org.diplograph.model.Candidate;
import org.diplograph.model.CandidateStatus;
import org.diplograph.model.DealCandidate;
import org.diplograph.model.EngagementCandidate;
import org.diplograph.model.NodeIds;
import org.diplograph.model.VisitCandidate;
import org.diplograph.visit.VisitWrites;

import org.springframework.stereotype.Component;

/**
 * Every decision on a candidate, each one logged change: accepting creates what it
 * proposes (through the {@code *Writes} of its kind, with the actors it brings along) and
 * marks it ACCEPTED; merging adds its evidence to an existing fact, or its name to an
 * actor's aliases; rejecting and reopening change only the candidate. Only a PENDING
 * candidate is decided: two reviewers deciding at once make one change, the other gets a
 * CONFLICT.
 */
@Component
class ReviewWrites {

	private static final int ATTEMPTS = 3;

	private final CandidateRepository candidates;

	private final ChangeWrites changes;

	private final ActorWrites actors;

	private final VisitWrites visits;

	private final DealWrites deals;

	private final EngagementWrites engagements;

	private final ActorReferences references;

	private final Merging merging;

	private final Clock clock = Clock.systemUTC();

	ReviewWrites(CandidateRepository candidates, ChangeWrites changes, ActorWrites actors, VisitWrites visits,
			DealWrites deals, EngagementWrites engagements, ActorReferences references, Merging merging) {
		this.candidates = candidates;
		this.changes = changes;
		this.actors = actors;
		this.visits = visits;
		this.deals = deals;
		this.engagements = engagements;
		this.references = references;
		this.merging = merging;
	}

	CandidatePayload accept(String id, CandidateEdits edits, String note, String author) {
		return deciding(id, () -> {
			Candidate before = pending(id);
			CandidateEdits given = CandidateInputs.matching(before, edits);
			PendingActors brought = new PendingActors(this.actors, this.references, this.candidates);
			String at = this.clock.instant().toString();
			if (before instanceof VisitCandidate visit) {
				CandidateInputs
					.corrected("visit", () -> this.visits.create(CandidateInputs.visit(visit, given.visit(), brought),
							brought.references(),
							(resultId) -> accepting(before, resultId, author, at, note, brought, new NewMentions())));
			}
			else if (before instanceof DealCandidate deal) {
				CandidateInputs
					.corrected("deal", () -> this.deals.create(CandidateInputs.deal(deal, given.deal(), brought),
							brought.references(),
							(resultId) -> accepting(before, resultId, author, at, note, brought, new NewMentions())));
			}
			else if (before instanceof EngagementCandidate engagement) {
				CandidateInputs.corrected("engagement", () -> this.engagements.create(
						CandidateInputs.engagement(engagement, given.engagement(), brought), brought.references(),
						(resultId) -> accepting(before, resultId, author, at, note, brought, new NewMentions())));
			}
			else {
				ActorCandidate actor = (ActorCandidate) before;
				CandidateInputs.corrected("actor", () -> {
					ActorInput input = CandidateInputs.actor(actor, given.actor(), brought);
					String name = Edits.given(input.name(), (value) -> value);
					return this.actors.create(input, brought.references(),
							(resultId) -> accepting(before, resultId, author, at, note, brought,
									new NewMentions().add(actor.articleId(), resultId, names(name, actor.name()))));
				});
			}
			return payload(id);
		});
	}

	CandidatePayload merge(String id, String into, String note, String author) {
		return deciding(id, () -> {
			Candidate before = pending(id);
			this.merging.merge(before, into, this.clock.instant().toString(), note, author);
			return payload(id);
		});
	}

	CandidatePayload reject(String id, String note, String author) {
		return deciding(id, () -> {
			Candidate before = pending(id);
			Candidate after = before.decided(CandidateStatus.REJECTED, author, this.clock.instant().toString(), note,
					null);
			this.changes.apply(this.changes.plan(ChangeAction.REJECT, id, author)
				.note(note)
				.update(before, after, before.revision()));
			return new CandidatePayload(after, null);
		});
	}

	CandidatePayload reopen(String id, String note, String author) {
		Candidate before = existing(id);
		if (before.status() == CandidateStatus.PENDING) {
			throw new ConflictException(
					id + " is PENDING already; only an accepted, merged or rejected candidate" + " can be reopened.",
					before.revision());
		}
		Candidate after = before.decided(CandidateStatus.PENDING, null, null, note, null);
		try {
			this.changes.apply(this.changes.plan(ChangeAction.REOPEN, id, author)
				.note(note)
				.update(before, after, before.revision()));
		}
		catch (ConflictException ex) {
			throw new ConflictException(id + " changed while it was being reopened; reload it and try again.",
					existing(id).revision());
		}
		return new CandidatePayload(after, null);
	}

	/**
	 * The change that accepts the candidate as {@code resultId}: the candidate ACCEPTED,
	 * the actors it brings created, and where its article names them.
	 */
	private Plan accepting(Candidate before, String resultId, String author, String at, String note,
			PendingActors brought, NewMentions mentions) {
		Plan plan = this.changes.plan(ChangeAction.ACCEPT, resultId, author).note(note);
		plan.update(before, before.decided(CandidateStatus.ACCEPTED, author, at, note, resultId), before.revision());
		brought.addTo(plan, author, at, note);
		brought.created()
			.forEach((candidate, actor) -> mentions.add(candidate.articleId(), actor.id(),
					names(actor.name(), candidate.name())));
		mentions.addTo(plan, this.candidates);
		return plan;
	}

	/** The candidate as decided, and what it became as the change left it. */
	private CandidatePayload payload(String id) {
		Candidate decided = this.candidates.findById(id);
		return new CandidatePayload(decided,
				(decided.resultId() != null) ? this.candidates.node(decided.resultId()) : null);
	}

	/**
	 * Runs a decision, again when something else it writes (the article, the fact merged
	 * into) changed meanwhile; a CONFLICT saying who decided first when the candidate
	 * itself was decided meanwhile, also when the other decision made this one's input
	 * invalid (the actor it would create exists by now).
	 */
	private CandidatePayload deciding(String id, Supplier<CandidatePayload> decision) {
		for (int attempt = 1;; attempt++) {
			try {
				return decision.get();
			}
			catch (BadRequestException ex) {
				Candidate now = this.candidates.findById(id);
				if (now != null && now.status() != CandidateStatus.PENDING) {
					throw decidedAlready(now);
				}
				throw ex;
			}
			catch (ConflictException ex) {
				Candidate now = this.candidates.findById(id);
				if (now != null && now.status() != CandidateStatus.PENDING) {
					throw decidedAlready(now);
				}
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private Candidate existing(String id) {
		Candidate candidate = this.candidates.findById(NodeIds.require(id, Candidate.ID_PREFIX, "input.id"));
		if (candidate == null) {
			throw new NotFoundException("No candidate has the ID " + id + ".");
		}
		return candidate;
	}

	private Candidate pending(String id) {
		Candidate candidate = existing(id);
		if (candidate.status() != CandidateStatus.PENDING) {
			throw decidedAlready(candidate);
		}
		return candidate;
	}

	private static ConflictException decidedAlready(Candidate candidate) {
		return new ConflictException(candidate.id() + " was " + candidate.status() + " by " + candidate.decidedBy()
				+ " at " + candidate.decidedAt() + "; only a PENDING candidate can be decided"
				+ " (an admin may reopen it with reopenCandidate).", candidate.revision());
	}

	static List<String> names(String name, String proposed) {
		List<String> names = new ArrayList<>(List.of(name));
		if (!proposed.equals(name)) {
			names.add(proposed);
		}
		return names;
	}

}
