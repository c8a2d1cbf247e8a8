package org.diplograph.deal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.actor.ActorReferences;
import org.diplograph.article.ArticleEvidence;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Identifiers;
import org.diplograph.change.Plan;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.Edits;
import org.diplograph.common.Inputs;
import org.diplograph.common.Names;
import org.diplograph.common.Slugs;
import org.diplograph.evidence.FactWrites;
import org.diplograph.model.DealItem;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.NodeType;

import org.springframework.stereotype.Component;

/**
 * Every write of deals: create, update, delete, and sources added or removed. Each input
 * is checked and resolved (references, dates, evidence ranges), mapped onto the document,
 * and written as one logged change.
 */
@Component
public class DealWrites extends FactWrites<DefenceDeal, DealDraft> {

	private final ActorReferences actors;

	private final ArticleEvidence evidence;

	private final DealMapper mapper;

	DealWrites(DealRepository deals, ActorReferences actors, ArticleEvidence evidence, DealMapper mapper,
			ChangeWrites changes, Identifiers identifiers) {
		super(NodeType.DEAL, deals::findById, mapper, changes, identifiers);
		this.actors = actors;
		this.evidence = evidence;
		this.mapper = mapper;
	}

	DefenceDeal create(DealInput input, String author, String note) {
		requireGiven(input);
		DealDraft draft = new DealDraft();
		this.mapper.apply(resolve(input, this.actors), draft);
		return createFrom(draft, DefenceDeal.ID_PREFIX + Slugs.of(draft.getTitle(), 5), author, note);
	}

	/**
	 * Creates a deal as {@code createDeal} does, in the change {@code change} starts for
	 * the new ID (accepting a candidate decides it in the same change), resolving
	 * references through {@code actors} (which may know actors that change creates too).
	 */
	public DefenceDeal create(DealInput input, ActorReferences actors, Function<String, Plan> change) {
		requireGiven(input);
		DealDraft draft = new DealDraft();
		this.mapper.apply(resolve(input, actors), draft);
		return createFrom(draft, DefenceDeal.ID_PREFIX + Slugs.of(draft.getTitle(), 5), change);
	}

	DefenceDeal update(String id, DealInput input, int expectedRevision, String author, String note) {
		return updateWith(id, expectedRevision, (draft) -> {
			DealEdit edit = resolve(input, this.actors);
			this.mapper.apply(edit, draft);
			edit.cleared().forEach(draft::clear);
		}, author, note);
	}

	private static void requireGiven(DealInput input) {
		Edits.requireGiven("input.title", input.title(), "a deal");
		Edits.requireGiven("input.kind", input.kind(), "a deal");
		Edits.requireGiven("input.status", input.status(), "a deal");
		Edits.requireGiven("input.sources", input.sources(),
				"a deal (at least one range of an article that reports it)");
	}

	/** Checks every field given and resolves references, the date and the sources. */
	private DealEdit resolve(DealInput input, ActorReferences actors) {
		Edits.requireNotCleared("input.title", input.title());
		Edits.requireNotCleared("input.kind", input.kind());
		Edits.requireNotCleared("input.status", input.status());
		Edits.requireNotCleared("input.sources", input.sources());
		Set<String> cleared = new LinkedHashSet<>();
		Edits.noteCleared("buyer", input.buyer(), cleared);
		Edits.noteCleared("supplier", input.supplier(), cleared);
		Edits.noteCleared("parties", input.parties(), cleared);
		Edits.noteCleared("items", input.items(), cleared);
		Edits.noteCleared("date", input.date(), cleared);
		return new DealEdit(Edits.given(input.title(), (text) -> Inputs.text("input.title", text, Inputs.MAX_TITLE)),
				Edits.given(input.kind(), (kind) -> kind), Edits.given(input.status(), (status) -> status),
				Edits.given(input.buyer(), (ref) -> actors.resolveCountry("input.buyer", ref)),
				Edits.given(input.supplier(), (ref) -> actors.resolveCountry("input.supplier", ref)),
				Edits.given(input.parties(), (refs) -> actors.resolveAll("input.parties", refs)),
				Edits.given(input.items(), (inputs) -> items(inputs, actors)),
				Edits.given(input.date(), (text) -> Inputs.date("input.date", text)),
				Edits.given(input.sources(), (ranges) -> this.evidence.atLeastOne("input.sources", ranges, "a deal")),
				cleared);
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

}
