package org.diplograph.visit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.actor.ActorReferences;
import org.diplograph.article.ArticleEvidence;
import org.diplograph.change.ChangeAction;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Identifiers;
import org.diplograph.change.Plan;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.Edits;
import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Inputs;
import org.diplograph.common.InvalidDateException;
import org.diplograph.common.NotFoundException;
import org.diplograph.common.Slugs;
import org.diplograph.evidence.FactEvidence;
import org.diplograph.evidence.Sources;
import org.diplograph.model.NodeIds;
import org.diplograph.model.Origin;
import org.diplograph.model.Visit;

import org.springframework.stereotype.Component;

/**
 * Every write of visits: create, update, delete, and sources added or removed. Each input
 * is checked and resolved (references, dates, evidence ranges), mapped onto the document,
 * and written as one logged change.
 */
@Component
public class VisitWrites implements FactEvidence {

	private final VisitRepository visits;

	private final ActorReferences actors;

	private final ArticleEvidence evidence;

	private final VisitMapper mapper;

	private final ChangeWrites changes;

	private final Identifiers identifiers;

	VisitWrites(VisitRepository visits, ActorReferences actors, ArticleEvidence evidence, VisitMapper mapper,
			ChangeWrites changes, Identifiers identifiers) {
		this.visits = visits;
		this.actors = actors;
		this.evidence = evidence;
		this.mapper = mapper;
		this.changes = changes;
		this.identifiers = identifiers;
	}

	Visit create(VisitInput input, String author, String note) {
		return create(input, this.actors, (id) -> this.changes.plan(ChangeAction.CREATE, id, author).note(note));
	}

	/**
	 * Creates a visit as {@code createVisit} does, in the change {@code change} starts
	 * for the new ID (accepting a candidate decides it in the same change), resolving
	 * references through {@code actors} (which may know actors that change creates too).
	 */
	public Visit create(VisitInput input, ActorReferences actors, Function<String, Plan> change) {
		requireGiven(input);
		VisitEdit edit = resolve(input, actors);
		VisitDraft draft = new VisitDraft();
		this.mapper.apply(edit, draft);
		draft.setRevision(1);
		draft.setOrigin(Origin.API);
		Visit[] created = new Visit[1];
		this.identifiers.create(Visit.class, baseId(draft, actors), (id) -> {
			draft.setId(id);
			created[0] = this.mapper.toDocument(draft);
			return change.apply(id).insert(created[0]);
		});
		return created[0];
	}

	Visit update(String id, VisitInput input, int expectedRevision, String author, String note) {
		Visit before = existing(id);
		ChangeWrites.requireRevision(id, before.revision(), expectedRevision);
		VisitEdit edit = resolve(input, this.actors);
		VisitDraft draft = this.mapper.toDraft(before);
		this.mapper.apply(edit, draft);
		edit.cleared().forEach(draft::clear);
		return write(before, draft, ChangeAction.UPDATE, author, note);
	}

	String delete(String id, int expectedRevision, String author, String note) {
		Visit before = existing(id);
		ChangeWrites.requireRevision(id, before.revision(), expectedRevision);
		this.changes
			.apply(this.changes.plan(ChangeAction.DELETE, id, author).note(note).delete(before, expectedRevision));
		return id;
	}

	@Override
	public String prefix() {
		return Visit.ID_PREFIX;
	}

	@Override
	public Object addEvidence(String factId, Evidence added, String author, String note) {
		return Sources.add(factId, added, this::existing, Visit::sources,
				(before, sources) -> withSources(before, sources, author, note));
	}

	@Override
	public Object addSources(String factId, List<Evidence> added, Plan change) {
		return Sources.addAll(factId, added, existing(factId), Visit::sources, (before, sources) -> {
			Visit after = document(before, sources);
			change.update(before, after, before.revision());
			return after;
		});
	}

	@Override
	public Object removeEvidence(String factId, String articleId, int start, int end, String author, String note) {
		return Sources.remove(factId, articleId, start, end, this::existing, Visit::sources,
				(before, sources) -> withSources(before, sources, author, note));
	}

	/** The fact with these sources, at its next revision, not written. */
	private Visit document(Visit before, List<Evidence> sources) {
		VisitDraft draft = this.mapper.toDraft(before);
		draft.setSources(sources);
		draft.setRevision(before.revision() + 1);
		return this.mapper.toDocument(draft);
	}

	private Visit withSources(Visit before, List<Evidence> sources, String author, String note) {
		VisitDraft draft = this.mapper.toDraft(before);
		draft.setSources(sources);
		return write(before, draft, ChangeAction.UPDATE, author, note);
	}

	/** Writes the draft over the visit it was made from; the visit as it now is. */
	private Visit write(Visit before, VisitDraft draft, ChangeAction action, String author, String note) {
		draft.setRevision(before.revision() + 1);
		Visit after = this.mapper.toDocument(draft);
		Plan plan = this.changes.plan(action, before.id(), author).note(note).update(before, after, before.revision());
		if (plan.changesNothing()) {
			return before;
		}
		this.changes.apply(plan);
		return after;
	}

	private Visit existing(String id) {
		Visit visit = this.visits.findById(NodeIds.require(id, Visit.ID_PREFIX, "id"));
		if (visit == null) {
			throw new NotFoundException("No visit has the ID " + id + ".");
		}
		return visit;
	}

	private static void requireGiven(VisitInput input) {
		if (Edits.given(input.summary(), (value) -> value) == null) {
			throw Inputs.missing("input.summary", "a visit");
		}
		if (Edits.given(input.fromCountry(), (value) -> value) == null) {
			throw Inputs.missing("input.fromCountry", "a visit");
		}
		if (Edits.given(input.hostCountry(), (value) -> value) == null) {
			throw Inputs.missing("input.hostCountry", "a visit");
		}
		if (Edits.given(input.date(), (value) -> value) == null) {
			throw Inputs.missing("input.date", "a visit");
		}
		if (Edits.given(input.status(), (value) -> value) == null) {
			throw Inputs.missing("input.status", "a visit");
		}
		if (Edits.given(input.sources(), (value) -> value) == null) {
			throw Inputs.missing("input.sources", "a visit (at least one range of an article that reports it)");
		}
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
		clearable("place", input.place(), cleared);
		clearable("purpose", input.purpose(), cleared);
		clearable("durationDays", input.durationDays(), cleared);
		clearable("visitors", input.visitors(), cleared);
		clearable("metWith", input.metWith(), cleared);
		return new VisitEdit(
				Edits.given(input.summary(), (text) -> Inputs.text("input.summary", text, Inputs.MAX_TEXT)),
				Edits.given(input.visitors(), (refs) -> actorIds("input.visitors", refs, actors)),
				Edits.given(input.fromCountry(), (ref) -> actors.resolveCountry("input.fromCountry", ref)),
				Edits.given(input.hostCountry(), (ref) -> actors.resolveCountry("input.hostCountry", ref)),
				Edits.given(input.place(), (text) -> Inputs.text("input.place", text, Inputs.MAX_NAME)),
				Edits.given(input.purpose(), (text) -> Inputs.text("input.purpose", text, Inputs.MAX_TEXT)),
				Edits.given(input.date(), (text) -> date("input.date", text)),
				Edits.given(input.durationDays(),
						(days) -> Inputs.number("input.durationDays", days, 1, Inputs.MAX_DURATION_DAYS)),
				Edits.given(input.status(), (status) -> status),
				Edits.given(input.metWith(), (refs) -> actorIds("input.metWith", refs, actors)),
				Edits.given(input.sources(), this::sources), cleared);
	}

	private static void clearable(String field, org.springframework.graphql.data.ArgumentValue<?> value,
			Set<String> cleared) {
		if (Edits.cleared(value)) {
			cleared.add(field);
		}
	}

	private static List<String> actorIds(String field, List<String> references, ActorReferences actors) {
		Inputs.list(field, references, Inputs.MAX_LIST);
		Set<String> ids = new LinkedHashSet<>();
		for (int i = 0; i < references.size(); i++) {
			ids.add(actors.resolve(field + "[" + i + "]", references.get(i)));
		}
		return List.copyOf(ids);
	}

	private List<Evidence> sources(List<org.diplograph.article.EvidenceRange> ranges) {
		if (ranges.isEmpty()) {
			throw new BadRequestException(
					"input.sources is empty; a visit needs at least one range of an article that reports it.");
		}
		return this.evidence.of("input.sources", ranges);
	}

	static FuzzyDate date(String field, String text) {
		try {
			return FuzzyDate.parse(text);
		}
		catch (InvalidDateException ex) {
			throw new BadRequestException(field + ": " + ex.getMessage());
		}
	}

	/**
	 * visit:&lt;yyyy-mm&gt;-&lt;first visitor, or the country the visit came
	 * from&gt;-&lt;place, or the host country&gt;.
	 */
	private static String baseId(VisitDraft draft, ActorReferences actors) {
		String iso = draft.getDate().iso();
		String who = draft.getVisitorIds().isEmpty() ? draft.getFromCountryId() : draft.getVisitorIds().get(0);
		String where = (draft.getPlace() != null) ? Slugs.of(draft.getPlace(), 3)
				: Slugs.of(actors.resolveActor("input.hostCountry", draft.getHostCountryId()).name(), 3);
		String visitor = Slugs.of(actors.resolveActor("input.visitors", who).name(), 3);
		StringBuilder id = new StringBuilder(Visit.ID_PREFIX).append(iso, 0, Math.min(7, iso.length()));
		for (String part : List.of(visitor, where)) {
			if (!part.isEmpty()) {
				id.append('-').append(part);
			}
		}
		return id.toString();
	}

}
