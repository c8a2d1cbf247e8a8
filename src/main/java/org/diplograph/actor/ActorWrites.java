package org.diplograph.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.diplograph.change.ChangeAction;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Identifiers;
import org.diplograph.change.Plan;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.ConflictException;
import org.diplograph.common.Edits;
import org.diplograph.common.Inputs;
import org.diplograph.common.Names;
import org.diplograph.common.NotFoundException;
import org.diplograph.common.Slugs;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.NodeIds;
import org.diplograph.model.Origin;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Every write of actors: create, update, and merge, which moves every reference to the
 * actor removed (visits, deals, mentions, roles, countries of other actors) to the actor
 * kept, in one logged change, and leaves the removed ID resolving to the kept actor.
 */
@Component
public class ActorWrites {

	private static final int MERGE_ATTEMPTS = 3;

	private final ActorRepository actors;

	private final ActorReferences references;

	private final ActorMapper mapper;

	private final ChangeWrites changes;

	private final Identifiers identifiers;

	private final MongoTemplate mongo;

	private final ActorInputChecks checks;

	private final ActorMerge merge;

	ActorWrites(ActorRepository actors, ActorReferences references, ActorMapper mapper, ChangeWrites changes,
			Identifiers identifiers, MongoTemplate mongo) {
		this.actors = actors;
		this.references = references;
		this.mapper = mapper;
		this.changes = changes;
		this.identifiers = identifiers;
		this.mongo = mongo;
		this.checks = new ActorInputChecks(actors);
		this.merge = new ActorMerge(mongo);
	}

	Actor create(ActorInput input, String author, String note) {
		return create(input, this.references, (id) -> this.changes.plan(ChangeAction.CREATE, id, author).note(note));
	}

	/**
	 * Creates an actor as {@code createActor} does, in the change {@code change} starts
	 * for the new ID, resolving its country through {@code references}.
	 */
	public Actor create(ActorInput input, ActorReferences references, Function<String, Plan> change) {
		ActorDraft draft = newDraft(input, references);
		Actor[] created = new Actor[1];
		this.identifiers.create(Actor.class, baseId(draft), (id) -> {
			draft.setId(id);
			created[0] = this.mapper.toDocument(draft);
			return change.apply(id).insert(created[0]);
		});
		return created[0];
	}

	/**
	 * A new actor checked as {@code createActor} checks it, with an ID free and not in
	 * {@code reserved}, for a change that creates it along with what refers to it.
	 */
	public Actor prepare(ActorInput input, ActorReferences references, Set<String> reserved) {
		ActorDraft draft = newDraft(input, references);
		draft.setId(this.identifiers.free(Actor.class, baseId(draft), reserved));
		return this.mapper.toDocument(draft);
	}

	/**
	 * Adds {@code alias} to the actor's aliases within {@code change}, unless the actor
	 * has that name already; the actor as it will be.
	 */
	public Actor addAlias(String id, String alias, Plan change) {
		Actor before = existing("into", id);
		if (before.nameKeys().contains(Names.key(alias))) {
			return before;
		}
		ActorDraft draft = this.mapper.toDraft(before);
		List<String> aliases = new ArrayList<>(before.aliases());
		aliases.add(alias);
		draft.setAliases(aliases);
		draft.setRevision(before.revision() + 1);
		Actor after = this.mapper.toDocument(draft);
		change.update(before, after, before.revision());
		return after;
	}

	private ActorDraft newDraft(ActorInput input, ActorReferences references) {
		if (Edits.given(input.name(), (value) -> value) == null) {
			throw Inputs.missing("input.name", "an actor");
		}
		if (Edits.given(input.kind(), (value) -> value) == null) {
			throw Inputs.missing("input.kind", "an actor (PERSON, ORGANIZATION or COUNTRY)");
		}
		ActorEdit edit = ActorInputChecks.resolve(input, references);
		ActorDraft draft = new ActorDraft();
		this.mapper.apply(edit, draft);
		draft.setRevision(1);
		draft.setOrigin(Origin.API);
		this.checks.check(draft, null);
		return draft;
	}

	private static String baseId(ActorDraft draft) {
		return (draft.getKind() == ActorKind.COUNTRY) ? Actor.ID_PREFIX + "country-" + draft.getCode().toLowerCase()
				: Actor.ID_PREFIX + Slugs.of(draft.getName(), 6);
	}

	Actor update(String id, ActorInput input, int expectedRevision, String author, String note) {
		Actor before = existing("id", id);
		ChangeWrites.requireRevision(before.id(), before.revision(), expectedRevision);
		ActorEdit edit = ActorInputChecks.resolve(input, this.references);
		ActorDraft draft = this.mapper.toDraft(before);
		this.mapper.apply(edit, draft);
		edit.cleared().forEach(draft::clear);
		if (edit.kind() != null && edit.kind() != before.kind()
				&& (edit.kind() == ActorKind.COUNTRY || before.kind() == ActorKind.COUNTRY)) {
			throw new BadRequestException("input.kind: " + before.name() + " is a "
					+ ActorInputChecks.kindName(before.kind())
					+ "; an actor cannot become or stop being a country, since visits and deals name countries.");
		}
		this.checks.check(draft, before.id());
		draft.setRevision(expectedRevision + 1);
		Actor after = this.mapper.toDocument(draft);
		Plan plan = this.changes.plan(ChangeAction.UPDATE, before.id(), author)
			.note(note)
			.update(before, after, expectedRevision);
		if (plan.changesNothing()) {
			return before;
		}
		this.changes.apply(plan);
		return after;
	}

	Actor merge(String keepId, String removeId, int expectedRevision, String author, String note) {
		NodeIds.require(keepId, Actor.ID_PREFIX, "keep");
		NodeIds.require(removeId, Actor.ID_PREFIX, "remove");
		for (int attempt = 1;; attempt++) {
			Actor keep = existing("keep", keepId);
			Actor remove = this.mongo.findById(removeId, Actor.class);
			if (remove == null) {
				Actor now = this.actors.findById(removeId);
				if (now != null && now.id().equals(keep.id())) {
					throw new BadRequestException(
							"remove: " + removeId + " was merged into " + keep.id() + " already.");
				}
				throw new NotFoundException("remove: no actor has the ID " + removeId + ".");
			}
			if (keep.id().equals(remove.id())) {
				throw new BadRequestException("keep and remove are both " + keep.id() + "; give two different actors.");
			}
			if (keep.kind() != remove.kind()) {
				throw new BadRequestException("remove is a " + ActorInputChecks.kindName(remove.kind()) + " and keep a "
						+ ActorInputChecks.kindName(keep.kind()) + "; only actors of one kind can be merged.");
			}
			ChangeWrites.requireRevision(keep.id(), keep.revision(), expectedRevision);
			try {
				return mergeOnce(keep, remove, author, note);
			}
			catch (ConflictException ex) {
				// a document the merge rewrites changed meanwhile; the kept actor's own
				// revision is what the caller vouched for
				Actor now = this.actors.findById(keep.id());
				if (attempt >= MERGE_ATTEMPTS || now == null || now.revision() != expectedRevision) {
					throw ex;
				}
			}
		}
	}

	private Actor mergeOnce(Actor keep, Actor remove, String author, String note) {
		Plan plan = this.changes.plan(ChangeAction.MERGE, keep.id(), author)
			.note((note != null) ? note : "Merged " + remove.id() + " (" + remove.name() + ") into " + keep.id() + ".");
		this.merge.plan(keep, remove, plan);
		this.changes.apply(plan);
		return plan.changesNothing() ? keep : this.actors.findById(keep.id());
	}

	private Actor existing(String field, String id) {
		Actor actor = this.actors.findById(NodeIds.require(id, Actor.ID_PREFIX, field));
		if (actor == null) {
			throw new NotFoundException(field + ": no actor has the ID " + id + ".");
		}
		return actor;
	}

}
