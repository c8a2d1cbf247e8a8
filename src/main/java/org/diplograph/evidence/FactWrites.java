package org.diplograph.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.diplograph.change.ChangeAction;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Identifiers;
import org.diplograph.change.Plan;
import org.diplograph.common.Evidence;
import org.diplograph.common.NotFoundException;
import org.diplograph.model.Fact;
import org.diplograph.model.NodeIds;
import org.diplograph.model.NodeType;
import org.diplograph.model.Origin;

/**
 * The writes every kind of fact makes the same way, each one logged change: creating a
 * fact under a free readable ID, changing a draft of it at the revision it was read at,
 * deleting it, and adding or removing a source. A kind's {@code *Writes} class extends it
 * with the checking and resolving of its input.
 */
public abstract class FactWrites<F extends Fact, D extends FactDraft> implements FactEvidence {

	private final NodeType type;

	private final Function<String, F> find;

	private final FactMapper<F, D> facts;

	private final ChangeWrites changes;

	private final Identifiers identifiers;

	/**
	 * @param find reads the fact of an ID, or null when none has it
	 */
	protected FactWrites(NodeType type, Function<String, F> find, FactMapper<F, D> mapper, ChangeWrites changes,
			Identifiers identifiers) {
		this.type = type;
		this.find = find;
		this.facts = mapper;
		this.changes = changes;
		this.identifiers = identifiers;
	}

	/** The fact with this ID; NOT_FOUND when there is none. */
	protected F existing(String id) {
		F fact = this.find.apply(NodeIds.require(id, this.type.prefix(), "id"));
		if (fact == null) {
			throw new NotFoundException("No " + noun() + " has the ID " + id + ".");
		}
		return fact;
	}

	/**
	 * Creates the fact the draft describes, at revision 1 and of origin API, under
	 * {@code baseId} or, where that was ever used, the first free one with a suffix.
	 */
	protected F createFrom(D draft, String baseId, String author, String note) {
		return createFrom(draft, baseId, (id) -> this.changes.plan(ChangeAction.CREATE, id, author).note(note));
	}

	/**
	 * Creates the fact as {@link #createFrom(FactDraft, String, String, String)} does,
	 * within the change {@code change} starts for the new ID.
	 */
	protected F createFrom(D draft, String baseId, Function<String, Plan> change) {
		draft.setRevision(1);
		draft.setOrigin(Origin.API);
		List<F> created = new ArrayList<>(1);
		this.identifiers.create(this.type.documentType(), baseId, (id) -> {
			draft.setId(id);
			created.clear();
			created.add(this.facts.toDocument(draft));
			return change.apply(id).insert(created.get(0));
		});
		return created.get(0);
	}

	/**
	 * Changes the fact as {@code edit} changes a draft of it, refused with CONFLICT
	 * unless the fact is still at {@code expectedRevision}; the fact as it now is.
	 */
	protected F updateWith(String id, int expectedRevision, Consumer<D> edit, String author, String note) {
		F before = existing(id);
		ChangeWrites.requireRevision(before.id(), before.revision(), expectedRevision);
		D draft = this.facts.toDraft(before);
		edit.accept(draft);
		return write(before, draft, author, note);
	}

	/**
	 * Deletes the fact at {@code expectedRevision}; its ID, which is never used again.
	 */
	public String delete(String id, int expectedRevision, String author, String note) {
		F before = existing(id);
		ChangeWrites.requireRevision(before.id(), before.revision(), expectedRevision);
		this.changes.apply(this.changes.plan(ChangeAction.DELETE, before.id(), author)
			.note(note)
			.delete(before, expectedRevision));
		return before.id();
	}

	@Override
	public String prefix() {
		return this.type.prefix();
	}

	@Override
	public F addEvidence(String factId, Evidence added, String author, String note) {
		return Sources.retryingOnConflict(() -> {
			F before = existing(factId);
			List<Evidence> sources = Sources.with(factId, before.sources(), added);
			return (sources != null) ? withSources(before, sources, author, note) : before;
		});
	}

	@Override
	public F removeEvidence(String factId, String articleId, int start, int end, String author, String note) {
		return Sources.retryingOnConflict(() -> {
			F before = existing(factId);
			return withSources(before, Sources.without(factId, before.sources(), articleId, start, end), author, note);
		});
	}

	@Override
	public F addSources(String factId, List<Evidence> added, Plan change) {
		F before = existing(factId);
		List<Evidence> sources = Sources.withAll(factId, before.sources(), added);
		if (sources == null) {
			return before;
		}
		D draft = this.facts.toDraft(before);
		draft.setSources(sources);
		draft.setRevision(before.revision() + 1);
		F after = this.facts.toDocument(draft);
		change.update(before, after, before.revision());
		return after;
	}

	private F withSources(F before, List<Evidence> sources, String author, String note) {
		D draft = this.facts.toDraft(before);
		draft.setSources(sources);
		return write(before, draft, author, note);
	}

	/**
	 * Writes the draft over the fact it was made from, at the revision it was read at;
	 * the fact as it now is (unchanged, and no change recorded, when the draft changes
	 * nothing).
	 */
	protected F write(F before, D draft, String author, String note) {
		draft.setRevision(before.revision() + 1);
		F after = this.facts.toDocument(draft);
		Plan plan = this.changes.plan(ChangeAction.UPDATE, before.id(), author)
			.note(note)
			.update(before, after, before.revision());
		if (plan.changesNothing()) {
			return before;
		}
		this.changes.apply(plan);
		return after;
	}

	private String noun() {
		return this.type.name().toLowerCase();
	}

}
