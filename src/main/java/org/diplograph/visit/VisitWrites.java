package org.diplograph.visit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.actor.ActorReferences;
import org.diplograph.article.ArticleEvidence;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Identifiers;
import org.diplograph.change.Plan;
import org.diplograph.common.Edits;
import org.diplograph.common.Inputs;
import org.diplograph.common.Slugs;
import org.diplograph.evidence.FactWrites;
import org.diplograph.model.NodeType;
import org.diplograph.model.Visit;

import org.springframework.stereotype.Component;

/**
 * Every write of visits: create, update, delete, and sources added or removed. Each input
 * is checked and resolved (references, dates, evidence ranges), mapped onto the document,
 * and written as one logged change.
 */
@Component
public class VisitWrites extends FactWrites<Visit, VisitDraft> {

	private final ActorReferences actors;

	private final ArticleEvidence evidence;

	private final VisitMapper mapper;

	VisitWrites(VisitRepository visits, ActorReferences actors, ArticleEvidence evidence, VisitMapper mapper,
			ChangeWrites changes, Identifiers identifiers) {
		super(NodeType.VISIT, visits::findById, mapper, changes, identifiers);
		this.actors = actors;
		this.evidence = evidence;
		this.mapper = mapper;
	}

	Visit create(VisitInput input, String author, String note) {
		requireGiven(input);
		VisitDraft draft = new VisitDraft();
		this.mapper.apply(resolve(input, this.actors), draft);
		return createFrom(draft, baseId(draft, this.actors), author, note);
	}

	/**
	 * Creates a visit as {@code createVisit} does, in the change {@code change} starts
	 * for the new ID (accepting a candidate decides it in the same change), resolving
	 * references through {@code actors} (which may know actors that change creates too).
	 */
	public Visit create(VisitInput input, ActorReferences actors, Function<String, Plan> change) {
		requireGiven(input);
		VisitDraft draft = new VisitDraft();
		this.mapper.apply(resolve(input, actors), draft);
		return createFrom(draft, baseId(draft, actors), change);
	}

	Visit update(String id, VisitInput input, int expectedRevision, String author, String note) {
		return updateWith(id, expectedRevision, (draft) -> {
			VisitEdit edit = resolve(input, this.actors);
			this.mapper.apply(edit, draft);
			edit.cleared().forEach(draft::clear);
		}, author, note);
	}

	private static void requireGiven(VisitInput input) {
		Edits.requireGiven("input.summary", input.summary(), "a visit");
		Edits.requireGiven("input.fromCountry", input.fromCountry(), "a visit");
		Edits.requireGiven("input.hostCountry", input.hostCountry(), "a visit");
		Edits.requireGiven("input.date", input.date(), "a visit");
		Edits.requireGiven("input.status", input.status(), "a visit");
		Edits.requireGiven("input.sources", input.sources(),
				"a visit (at least one range of an article that reports it)");
	}

	/** Checks every field given and resolves references, the date and the sources. */
	private VisitEdit resolve(VisitInput input, ActorReferences actors) {
		Edits.requireNotCleared("input.summary", input.summary());
		Edits.requireNotCleared("input.fromCountry", input.fromCountry());
		Edits.requireNotCleared("input.hostCountry", input.hostCountry());
		Edits.requireNotCleared("input.date", input.date());
		Edits.requireNotCleared("input.status", input.status());
		Edits.requireNotCleared("input.sources", input.sources());
		Set<String> cleared = new LinkedHashSet<>();
		Edits.noteCleared("place", input.place(), cleared);
		Edits.noteCleared("purpose", input.purpose(), cleared);
		Edits.noteCleared("durationDays", input.durationDays(), cleared);
		Edits.noteCleared("visitors", input.visitors(), cleared);
		Edits.noteCleared("metWith", input.metWith(), cleared);
		return new VisitEdit(
				Edits.given(input.summary(), (text) -> Inputs.text("input.summary", text, Inputs.MAX_TEXT)),
				Edits.given(input.visitors(), (refs) -> actors.resolveAll("input.visitors", refs)),
				Edits.given(input.fromCountry(), (ref) -> actors.resolveCountry("input.fromCountry", ref)),
				Edits.given(input.hostCountry(), (ref) -> actors.resolveCountry("input.hostCountry", ref)),
				Edits.given(input.place(), (text) -> Inputs.text("input.place", text, Inputs.MAX_NAME)),
				Edits.given(input.purpose(), (text) -> Inputs.text("input.purpose", text, Inputs.MAX_TEXT)),
				Edits.given(input.date(), (text) -> Inputs.date("input.date", text)),
				Edits.given(input.durationDays(),
						(days) -> Inputs.number("input.durationDays", days, 1, Inputs.MAX_DURATION_DAYS)),
				Edits.given(input.status(), (status) -> status),
				Edits.given(input.metWith(), (refs) -> actors.resolveAll("input.metWith", refs)),
				Edits.given(input.sources(), (ranges) -> this.evidence.atLeastOne("input.sources", ranges, "a visit")),
				cleared);
	}

	/**
	 * visit:&lt;yyyy-mm&gt;-&lt;first visitor, or the country the visit came
	 * from&gt;-&lt;place, or the host country&gt;.
	 */
	private static String baseId(VisitDraft draft, ActorReferences actors) {
		String who = draft.getVisitorIds().isEmpty() ? draft.getFromCountryId() : draft.getVisitorIds().get(0);
		String where = (draft.getPlace() != null) ? Slugs.of(draft.getPlace(), 3)
				: Slugs.of(actors.resolveActor("input.hostCountry", draft.getHostCountryId()).name(), 3);
		String visitor = Slugs.of(actors.resolveActor("input.visitors", who).name(), 3);
		return Slugs.datedId(Visit.ID_PREFIX, draft.getDate(), List.of(visitor, where));
	}

}
