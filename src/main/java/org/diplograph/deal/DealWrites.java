package org.diplograph.deal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.actor.ActorReferences;
import org.diplograph.article.ArticleEvidence;
import org.diplograph.article.EvidenceRange;
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
import org.diplograph.common.Names;
import org.diplograph.common.NotFoundException;
import org.diplograph.common.Slugs;
import org.diplograph.evidence.FactEvidence;
import org.diplograph.evidence.Sources;
import org.diplograph.model.DealItem;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.NodeIds;
import org.diplograph.model.Origin;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Component;

/**
 * Every write of deals: create, update, delete, and sources added or removed. Each input
 * is checked and resolved (references, dates, evidence ranges), mapped onto the document,
 * and written as one logged change.
 */
@Component
public class DealWrites implements FactEvidence {

	private final DealRepository deals;

	private final ActorReferences actors;

	private final ArticleEvidence evidence;

	private final DealMapper mapper;

	private final ChangeWrites changes;

	private final Identifiers identifiers;

	DealWrites(DealRepository deals, ActorReferences actors, ArticleEvidence evidence, DealMapper mapper,
			ChangeWrites changes, Identifiers identifiers) {
		this.deals = deals;
		this.actors = actors;
		this.evidence = evidence;
		this.mapper = mapper;
		this.changes = changes;
		this.identifiers = identifiers;
	}

	DefenceDeal create(DealInput input, String author, String note) {
		return create(input, this.actors, (id) -> this.changes.plan(ChangeAction.CREATE, id, author).note(note));
	}

	/**
	 * Creates a deal as {@code createDeal} does, in the change {@code change} starts for
	 * the new ID (accepting a candidate decides it in the same change), resolving
	 * references through {@code actors} (which may know actors that change creates too).
	 */
	public DefenceDeal create(DealInput input, ActorReferences actors, Function<String, Plan> change) {
		requireGiven(input);
		DealEdit edit = resolve(input, actors);
		DealDraft draft = new DealDraft();
		this.mapper.apply(edit, draft);
		draft.setRevision(1);
		draft.setOrigin(Origin.API);
		DefenceDeal[] created = new DefenceDeal[1];
		this.identifiers.create(DefenceDeal.class, DefenceDeal.ID_PREFIX + Slugs.of(draft.getTitle(), 5), (id) -> {
			draft.setId(id);
			created[0] = this.mapper.toDocument(draft);
			return change.apply(id).insert(created[0]);
		});
		return created[0];
	}

	DefenceDeal update(String id, DealInput input, int expectedRevision, String author, String note) {
		DefenceDeal before = existing(id);
		ChangeWrites.requireRevision(id, before.revision(), expectedRevision);
		DealEdit edit = resolve(input, this.actors);
		DealDraft draft = this.mapper.toDraft(before);
		this.mapper.apply(edit, draft);
		edit.cleared().forEach(draft::clear);
		return write(before, draft, author, note);
	}

	String delete(String id, int expectedRevision, String author, String note) {
		DefenceDeal before = existing(id);
		ChangeWrites.requireRevision(id, before.revision(), expectedRevision);
		this.changes
			.apply(this.changes.plan(ChangeAction.DELETE, id, author).note(note).delete(before, expectedRevision));
		return id;
	}

	@Override
	public String prefix() {
		return DefenceDeal.ID_PREFIX;
	}

	@Override
	public Object addEvidence(String factId, Evidence added, String author, String note) {
		return Sources.add(factId, added, this::existing, DefenceDeal::sources,
				(before, sources) -> withSources(before, sources, author, note));
	}

	@Override
	public Object addSources(String factId, List<Evidence> added, Plan change) {
		return Sources.addAll(factId, added, existing(factId), DefenceDeal::sources, (before, sources) -> {
			DefenceDeal after = document(before, sources);
			change.update(before, after, before.revision());
			return after;
		});
	}

	@Override
	public Object removeEvidence(String factId, String articleId, int start, int end, String author, String note) {
		return Sources.remove(factId, articleId, start, end, this::existing, DefenceDeal::sources,
				(before, sources) -> withSources(before, sources, author, note));
	}

	/** The fact with these sources, at its next revision, not written. */
	private DefenceDeal document(DefenceDeal before, List<Evidence> sources) {
		DealDraft draft = this.mapper.toDraft(before);
		draft.setSources(sources);
		draft.setRevision(before.revision() + 1);
		return this.mapper.toDocument(draft);
	}

	private DefenceDeal withSources(DefenceDeal before, List<Evidence> sources, String author, String note) {
		DealDraft draft = this.mapper.toDraft(before);
		draft.setSources(sources);
		return write(before, draft, author, note);
	}

	/** Writes the draft over the deal it was made from; the deal as it now is. */
	private DefenceDeal write(DefenceDeal before, DealDraft draft, String author, String note) {
		draft.setRevision(before.revision() + 1);
		DefenceDeal after = this.mapper.toDocument(draft);
		Plan plan = this.changes.plan(ChangeAction.UPDATE, before.id(), author)
			.note(note)
			.update(before, after, before.revision());
		if (plan.changesNothing()) {
			return before;
		}
		this.changes.apply(plan);
		return after;
	}

	private DefenceDeal existing(String id) {
		DefenceDeal deal = this.deals.findById(NodeIds.require(id, DefenceDeal.ID_PREFIX, "id"));
		if (deal == null) {
			throw new NotFoundException("No deal has the ID " + id + ".");
		}
		return deal;
	}

	private static void requireGiven(DealInput input) {
		if (Edits.given(input.title(), (value) -> value) == null) {
			throw Inputs.missing("input.title", "a deal");
		}
		if (Edits.given(input.kind(), (value) -> value) == null) {
			throw Inputs.missing("input.kind", "a deal");
		}
		if (Edits.given(input.status(), (value) -> value) == null) {
			throw Inputs.missing("input.status", "a deal");
		}
		if (Edits.given(input.sources(), (value) -> value) == null) {
			throw Inputs.missing("input.sources", "a deal (at least one range of an article that reports it)");
		}
	}

	/** Checks every field given and resolves references, the date and the sources. */
	private DealEdit resolve(DealInput input, ActorReferences actors) {
		Edits.requireNotCleared("input.title", input.title());
		Edits.requireNotCleared("input.kind", input.kind());
		Edits.requireNotCleared("input.status", input.status());
		Edits.requireNotCleared("input.sources", input.sources());
		Set<String> cleared = new LinkedHashSet<>();
		clearable("buyer", input.buyer(), cleared);
		clearable("supplier", input.supplier(), cleared);
		clearable("parties", input.parties(), cleared);
		clearable("items", input.items(), cleared);
		clearable("date", input.date(), cleared);
		return new DealEdit(Edits.given(input.title(), (text) -> Inputs.text("input.title", text, Inputs.MAX_TITLE)),
				Edits.given(input.kind(), (kind) -> kind), Edits.given(input.status(), (status) -> status),
				Edits.given(input.buyer(), (ref) -> actors.resolveCountry("input.buyer", ref)),
				Edits.given(input.supplier(), (ref) -> actors.resolveCountry("input.supplier", ref)),
				Edits.given(input.parties(), (refs) -> actorIds("input.parties", refs, actors)),
				Edits.given(input.items(), (items) -> items(items, actors)),
				Edits.given(input.date(), DealWrites::date), Edits.given(input.sources(), this::sources), cleared);
	}

	private static void clearable(String field, ArgumentValue<?> value, Set<String> cleared) {
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

	private static List<DealItem> items(List<DealInput.DealItemInput> inputs, ActorReferences actors) {
		Inputs.list("input.items", inputs, Inputs.MAX_LIST);
		List<DealItem> items = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			DealInput.DealItemInput item = inputs.get(i);
			String where = "input.items[" + i + "]";
			String system = Inputs.text(where + ".system", item.system(), Inputs.MAX_NAME);
			if (system == null) {
				throw new BadRequestException(where + ".system is required: name the system the deal covers.");
			}
			items
				.add(new DealItem(system, Inputs.text(where + ".category", item.category(), Inputs.MAX_NAME),
						(item.manufacturer() != null) ? actors.resolve(where + ".manufacturer", item.manufacturer())
								: null,
						Inputs.number(where + ".quantity", item.quantity(), 0, Inputs.MAX_QUANTITY),
						Inputs.number(where + ".plannedQuantity", item.plannedQuantity(), 0, Inputs.MAX_QUANTITY),
						Names.key(system)));
		}
		return items;
	}

	private List<Evidence> sources(List<EvidenceRange> ranges) {
		if (ranges.isEmpty()) {
			throw new BadRequestException(
					"input.sources is empty; a deal needs at least one range of an article that reports it.");
		}
		return this.evidence.of("input.sources", ranges);
	}

	private static FuzzyDate date(String text) {
		try {
			return FuzzyDate.parse(text);
		}
		catch (InvalidDateException ex) {
			throw new BadRequestException("input.date: " + ex.getMessage());
		}
	}

}
