package org.diplograph.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.diplograph.actor.ActorInput;
import org.diplograph.article.EvidenceRange;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.Evidence;
import org.diplograph.deal.DealInput;
import org.diplograph.engagement.EngagementInput;
import org.diplograph.model.ActorCandidate;
import org.diplograph.model.Candidate;
import org.diplograph.model.DealCandidate;
import org.diplograph.model.DealItem;
import org.diplograph.model.EngagementCandidate;
import org.diplograph.model.VisitCandidate;
import org.diplograph.visit.VisitInput;

import org.springframework.graphql.data.ArgumentValue;

import static org.diplograph.review.PendingActors.given;

/**
 * The input that creates what a candidate proposes: its fields, with references to actor
 * candidates resolved ({@link PendingActors}) and its evidence as sources, and over them
 * the analyst's edits (a field left out keeps the candidate's value, null clears it).
 */
final class CandidateInputs {

	private CandidateInputs() {
	}

	static VisitInput visit(VisitCandidate candidate, VisitInput edits, PendingActors actors) {
		VisitInput e = (edits != null) ? edits
				: new VisitInput(null, null, null, null, null, null, null, null, null, null, null);
		return new VisitInput(or(e.summary(), () -> given(candidate.summary())),
				or(all(e.visitors(), actors, "visitors"), () -> given(actors.resolveAll(candidate.visitorIds()))),
				or(one(e.fromCountry(), actors, "fromCountry"), () -> given(actors.resolve(candidate.fromCountryId()))),
				or(one(e.hostCountry(), actors, "hostCountry"), () -> given(actors.resolve(candidate.hostCountryId()))),
				or(e.place(), () -> given(candidate.place())), or(e.purpose(), () -> given(candidate.purpose())),
				or(e.date(), () -> given((candidate.date() != null) ? candidate.date().iso() : null)),
				or(e.durationDays(), () -> given(candidate.durationDays())),
				or(e.status(), () -> given(candidate.visitStatus())),
				or(all(e.metWith(), actors, "metWith"), () -> given(actors.resolveAll(candidate.metWithIds()))),
				or(e.sources(), () -> given(sources(candidate.evidence()))));
	}

	static DealInput deal(DealCandidate candidate, DealInput edits, PendingActors actors) {
		DealInput e = (edits != null) ? edits : new DealInput(null, null, null, null, null, null, null, null, null);
		return new DealInput(or(e.title(), () -> given(candidate.title())), or(e.kind(), () -> given(candidate.kind())),
				or(e.status(), () -> given(candidate.dealStatus())),
				or(one(e.buyer(), actors, "buyer"), () -> given(actors.resolve(candidate.buyerId()))),
				or(one(e.supplier(), actors, "supplier"), () -> given(actors.resolve(candidate.supplierId()))),
				or(all(e.parties(), actors, "parties"), () -> given(actors.resolveAll(candidate.partyIds()))),
				or(map(e.items(), (given) -> given.stream().map((item) -> item(item, actors)).toList()),
						() -> given(candidate.items().stream().map((item) -> item(item, actors)).toList())),
				or(e.date(), () -> given((candidate.date() != null) ? candidate.date().iso() : null)),
				or(e.sources(), () -> given(sources(candidate.evidence()))));
	}

	static EngagementInput engagement(EngagementCandidate candidate, EngagementInput edits, PendingActors actors) {
		EngagementInput e = (edits != null) ? edits
				: new EngagementInput(null, null, null, null, null, null, null, null, null, null);
		return new EngagementInput(or(e.kind(), () -> given(candidate.kind())),
				or(e.summary(), () -> given(candidate.summary())),
				or(all(e.participants(), actors, "participants"),
						() -> given(actors.resolveAll(candidate.participantIds()))),
				or(all(e.countries(), actors, "countries"), () -> given(actors.resolveAll(candidate.countryIds()))),
				or(e.place(), () -> given(candidate.place())),
				or(one(e.hostCountry(), actors, "hostCountry"), () -> given(actors.resolve(candidate.hostCountryId()))),
				or(e.occasion(), () -> given(candidate.occasion())),
				or(e.date(), () -> given((candidate.date() != null) ? candidate.date().iso() : null)),
				or(e.status(), () -> given(candidate.engagementStatus())),
				or(e.sources(), () -> given(sources(candidate.evidence()))));
	}

	static ActorInput actor(ActorCandidate candidate, ActorInput edits, PendingActors actors) {
		ActorInput e = (edits != null) ? edits : new ActorInput(null, null, null, null, null, null);
		return new ActorInput(or(e.name(), () -> given(candidate.name())), or(e.kind(), () -> given(candidate.kind())),
				or(e.aliases(), ArgumentValue::omitted), or(e.code(), () -> given(candidate.code())),
				or(one(e.country(), actors, "country"), () -> given(actors.resolve(candidate.countryId()))),
				or(e.description(), ArgumentValue::omitted));
	}

	/** The edits, refused when they are for another kind of candidate than this one. */
	static CandidateEdits matching(Candidate candidate, CandidateEdits edits) {
		if (edits == null) {
			return new CandidateEdits(null, null, null, null);
		}
		String kind = candidate.type().name().toLowerCase();
		Map<String, Object> given = new LinkedHashMap<>();
		given.put("actor", edits.actor());
		given.put("visit", edits.visit());
		given.put("deal", edits.deal());
		given.put("engagement", edits.engagement());
		given.forEach((field, value) -> {
			if (value != null && !field.equals(kind)) {
				throw new BadRequestException("input.edits." + field + ": " + candidate.id() + " proposes a " + kind
						+ "; give its corrections under input.edits." + kind + ".");
			}
		});
		return edits;
	}

	/**
	 * Runs the create of the candidate's kind, its errors about "input.x" made about
	 * "input.edits.kind.x", where the analyst corrects them.
	 */
	static Object corrected(String kind, Supplier<Object> create) {
		try {
			return create.get();
		}
		catch (BadRequestException ex) {
			String message = ex.getMessage();
			if (!message.startsWith("input.")) {
				throw ex;
			}
			throw new BadRequestException("input.edits." + kind + "." + message.substring("input.".length())
				.replace("merge the two with mergeActors", "merge the candidate into it with mergeCandidate"));
		}
	}

	private static DealInput.DealItemInput item(DealItem item, PendingActors actors) {
		return new DealInput.DealItemInput(item.system(), item.category(), actors.resolve(item.manufacturerId()),
				item.quantity(), item.plannedQuantity());
	}

	private static DealInput.DealItemInput item(DealInput.DealItemInput item, PendingActors actors) {
		return new DealInput.DealItemInput(
				item.system(), item.category(), (item.manufacturer() != null)
						? required(actors.resolve(item.manufacturer()), "items.manufacturer") : null,
				item.quantity(), item.plannedQuantity());
	}

	private static List<EvidenceRange> sources(List<Evidence> evidence) {
		return evidence.stream()
			.map((range) -> new EvidenceRange(range.articleId(), range.start(), range.end()))
			.toList();
	}

	/** The edit where one was given (a value or null), else the candidate's value. */
	private static <T> ArgumentValue<T> or(ArgumentValue<T> edit, Supplier<ArgumentValue<T>> candidate) {
		return (edit == null || edit.isOmitted()) ? candidate.get() : edit;
	}

	private static <T, R> ArgumentValue<R> map(ArgumentValue<T> edit, Function<T, R> resolve) {
		if (edit == null || edit.isOmitted()) {
			return ArgumentValue.omitted();
		}
		return edit.isPresent() ? ArgumentValue.ofNullable(resolve.apply(edit.value()))
				: ArgumentValue.ofNullable(null);
	}

	private static ArgumentValue<String> one(ArgumentValue<String> edit, PendingActors actors, String field) {
		return map(edit, (reference) -> required(actors.resolve(reference), field));
	}

	private static ArgumentValue<List<String>> all(ArgumentValue<List<String>> edit, PendingActors actors,
			String field) {
		return map(edit,
				(references) -> references.stream()
					.map((reference) -> required(actors.resolve(reference), field))
					.distinct()
					.toList());
	}

	/**
	 * An actor reference the edits give: an actor candidate among them must not be
	 * rejected.
	 */
	private static String required(String actorId, String field) {
		if (actorId == null) {
			throw new BadRequestException(
					"input.edits: " + field + " names a rejected actor candidate; name an actor, or reopen it first.");
		}
		return actorId;
	}

}
