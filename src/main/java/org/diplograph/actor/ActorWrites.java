package org.diplograph.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;

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
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.NodeIds;
import org.diplograph.model.Origin;
import org.diplograph.model.Role;
import org.diplograph.model.Visit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Component;

/**
 * Every write of actors: create, update, and merge, which moves every reference to the
 * actor removed (visits, deals, mentions, roles, countries of other actors) to the actor
 * kept, in one logged change, and leaves the removed ID resolving to the kept actor.
 */
@Component
public class ActorWrites {

	/** The most documents one merge may rewrite. */
	static final int MAX_MERGE_DOCUMENTS = 5_000;

	private static final int MERGE_ATTEMPTS = 3;

	private final ActorRepository actors;

	private final ActorReferences references;

	private final ActorMapper mapper;

	private final ChangeWrites changes;

	private final Identifiers identifiers;

	private final MongoTemplate mongo;

	ActorWrites(ActorRepository actors, ActorReferences references, ActorMapper mapper, ChangeWrites changes,
			Identifiers identifiers, MongoTemplate mongo) {
		this.actors = actors;
		this.references = references;
		this.mapper = mapper;
		this.changes = changes;
		this.identifiers = identifiers;
		this.mongo = mongo;
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
		ActorEdit edit = resolve(input, references);
		ActorDraft draft = new ActorDraft();
		this.mapper.apply(edit, draft);
		draft.setRevision(1);
		draft.setOrigin(Origin.API);
		check(draft, null);
		return draft;
	}

	private static String baseId(ActorDraft draft) {
		return (draft.getKind() == ActorKind.COUNTRY) ? Actor.ID_PREFIX + "country-" + draft.getCode().toLowerCase()
				: Actor.ID_PREFIX + Slugs.of(draft.getName(), 6);
	}

	Actor update(String id, ActorInput input, int expectedRevision, String author, String note) {
		Actor before = existing("id", id);
		ChangeWrites.requireRevision(before.id(), before.revision(), expectedRevision);
		ActorEdit edit = resolve(input, this.references);
		ActorDraft draft = this.mapper.toDraft(before);
		this.mapper.apply(edit, draft);
		edit.cleared().forEach(draft::clear);
		if (edit.kind() != null && edit.kind() != before.kind()
				&& (edit.kind() == ActorKind.COUNTRY || before.kind() == ActorKind.COUNTRY)) {
			throw new BadRequestException("input.kind: " + before.name() + " is a " + kindName(before.kind())
					+ "; an actor cannot become or stop being a country, since visits and deals name countries.");
		}
		check(draft, before.id());
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
				throw new BadRequestException("remove is a " + kindName(remove.kind()) + " and keep a "
						+ kindName(keep.kind()) + "; only actors of one kind can be merged.");
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
		String from = remove.id();
		String to = keep.id();
		List<Visit> visits = this.mongo.find(Query.query(Criteria.where("involvedIds").is(from)), Visit.class);
		List<DefenceDeal> deals = this.mongo.find(Query.query(new Criteria()
			.orOperator(Criteria.where("partyIds").is(from), Criteria.where("items.manufacturerId").is(from))),
				DefenceDeal.class);
		List<Engagement> engagements = this.mongo.find(Query.query(Criteria.where("involvedIds").is(from)),
				Engagement.class);
		List<Actor> others = this.mongo
			.find(Query.query(new Criteria().orOperator(Criteria.where("countryId").is(from),
					Criteria.where("roles.organizationId").is(from))), Actor.class)
			.stream()
			.filter((actor) -> !actor.id().equals(to) && !actor.id().equals(from))
			.toList();
		List<Article> articles = this.mongo.find(Query.query(Criteria.where("actorIds").is(from)), Article.class);
		int rewritten = visits.size() + deals.size() + engagements.size() + others.size() + articles.size();
		if (rewritten > MAX_MERGE_DOCUMENTS) {
			throw new BadRequestException("Merging " + from + " would rewrite " + rewritten + " documents; at most "
					+ MAX_MERGE_DOCUMENTS + " are rewritten by one merge.");
		}
		Plan plan = this.changes.plan(ChangeAction.MERGE, to, author)
			.note((note != null) ? note : "Merged " + from + " (" + remove.name() + ") into " + to + ".");
		Actor kept = merged(keep, remove);
		plan.update(keep, kept, keep.revision());
		for (Visit visit : visits) {
			plan.update(visit, visit.withActor(from, to), visit.revision());
		}
		for (DefenceDeal deal : deals) {
			plan.update(deal, deal.withActor(from, to), deal.revision());
		}
		for (Engagement engagement : engagements) {
			plan.update(engagement, engagement.withActor(from, to), engagement.revision());
		}
		for (Actor other : others) {
			plan.update(other, other.withActor(from, to), other.revision());
		}
		for (Article article : articles) {
			plan.update(article, article.withActor(from, to), article.revision());
		}
		plan.delete(remove, remove.revision());
		plan.put(Actor.REDIRECTS, from, new Document("to", to));
		// what pointed at the removed actor points at the kept one: one hop, always
		plan.setWhere(Actor.REDIRECTS, new Document("to", from), new Document("to", to));
		this.changes.apply(plan);
		return plan.changesNothing() ? keep : this.actors.findById(to);
	}

	/** The kept actor with the removed one's names, roles and missing details added. */
	private static Actor merged(Actor keep, Actor remove) {
		Map<String, String> aliases = new LinkedHashMap<>();
		String nameKey = Names.key(keep.name());
		List<String> names = new ArrayList<>(keep.aliases());
		names.add(remove.name());
		names.addAll(remove.aliases());
		for (String alias : names) {
			String key = Names.key(alias);
			if (!key.isEmpty() && !key.equals(nameKey)) {
				aliases.putIfAbsent(key, alias);
			}
		}
		Set<String> exact = new LinkedHashSet<>(keep.exactAliases());
		exact.addAll(remove.exactAliases());
		Set<Role> roles = new LinkedHashSet<>(keep.roles());
		remove.roles().forEach((role) -> roles.add(swap(role, remove.id(), keep.id())));
		String countryId = (keep.countryId() != null) ? keep.countryId() : remove.countryId();
		List<String> aliasList = List.copyOf(aliases.values());
		List<String> keys = Actor.nameKeys(keep.name(), aliasList, List.copyOf(exact));
		return new Actor(keep.id(), keep.name(), keep.kind(), aliasList, List.copyOf(exact),
				(keep.code() != null) ? keep.code() : remove.code(), countryId, List.copyOf(roles),
				(keep.description() != null) ? keep.description() : remove.description(), keys, Actor.searchText(keys),
				keep.articleIds(), keep.visitRefs(), keep.dealIds(), keep.sortKey(), keep.engagementIds(),
				keep.revision() + 1, keep.origin());
	}

	private static Role swap(Role role, String from, String to) {
		return new Role(role.title(), from.equals(role.organizationId()) ? to : role.organizationId(), role.since(),
				role.until());
	}

	private Actor existing(String field, String id) {
		Actor actor = this.actors.findById(NodeIds.require(id, Actor.ID_PREFIX, field));
		if (actor == null) {
			throw new NotFoundException(field + ": no actor has the ID " + id + ".");
		}
		return actor;
	}

	/** Checks every field given and resolves the country. */
	private static ActorEdit resolve(ActorInput input, ActorReferences references) {
		Edits.requireNotCleared("input.name", input.name());
		Edits.requireNotCleared("input.kind", input.kind());
		Set<String> cleared = new LinkedHashSet<>();
		clearable("aliases", input.aliases(), cleared);
		clearable("code", input.code(), cleared);
		clearable("country", input.country(), cleared);
		clearable("description", input.description(), cleared);
		return new ActorEdit(Edits.given(input.name(), (text) -> Inputs.text("input.name", text, Inputs.MAX_NAME)),
				Edits.given(input.kind(), (kind) -> kind), Edits.given(input.aliases(), ActorWrites::aliases),
				Edits.given(input.code(), ActorWrites::code),
				Edits.given(input.country(), (ref) -> references.resolveCountry("input.country", ref)),
				Edits.given(input.description(), (text) -> Inputs.text("input.description", text, Inputs.MAX_TEXT)),
				cleared);
	}

	private static void clearable(String field, ArgumentValue<?> value, Set<String> cleared) {
		if (Edits.cleared(value)) {
			cleared.add(field);
		}
	}

	private static List<String> aliases(List<String> given) {
		Inputs.list("input.aliases", given, Inputs.MAX_LIST);
		Map<String, String> aliases = new LinkedHashMap<>();
		for (int i = 0; i < given.size(); i++) {
			String alias = Inputs.text("input.aliases[" + i + "]", given.get(i), Inputs.MAX_NAME);
			if (alias == null || Names.key(alias).isEmpty()) {
				throw new BadRequestException("input.aliases[" + i + "] has no letters or digits.");
			}
			aliases.putIfAbsent(Names.key(alias), alias);
		}
		return List.copyOf(aliases.values());
	}

	private static String code(String code) {
		String trimmed = Inputs.text("input.code", code, 2);
		if (!trimmed.matches("[A-Za-z]{2}")) {
			throw new BadRequestException("input.code is '" + trimmed
					+ "'; a country's code is its ISO 3166-1 alpha-2 code, two letters such as BD.");
		}
		return trimmed.toUpperCase();
	}

	/**
	 * Checks the actor as it would be: a name with letters, a code for countries only and
	 * unique among them, no country of its own for a country, and no other actor of its
	 * kind of the same name (a likely duplicate: merge instead).
	 */
	private void check(ActorDraft draft, String self) {
		if (Names.key(draft.getName()).isEmpty()) {
			throw new BadRequestException("input.name has no letters or digits.");
		}
		if (draft.getKind() == ActorKind.COUNTRY) {
			if (draft.getCode() == null) {
				throw new BadRequestException("input.code is required for a country: its ISO 3166-1 alpha-2 code.");
			}
			if (draft.getCountryId() != null) {
				throw new BadRequestException("input.country: a country belongs to no other country.");
			}
			this.actors.findCountryByCode(draft.getCode(), true)
				.stream()
				.filter((country) -> !country.id().equals(self))
				.findFirst()
				.ifPresent((country) -> {
					throw new BadRequestException("input.code: " + country.name() + " (" + country.id()
							+ ") has the code " + draft.getCode() + " already.");
				});
		}
		else if (draft.getCode() != null) {
			throw new BadRequestException("input.code: only countries have a code.");
		}
		this.actors.findByNameKey(Names.key(draft.getName()), true)
			.stream()
			.filter((actor) -> !actor.id().equals(self) && actor.kind() == draft.getKind()
					&& Names.key(actor.name()).equals(Names.key(draft.getName())))
			.findFirst()
			.ifPresent((actor) -> {
				throw new BadRequestException("input.name: " + actor.name() + " (" + actor.id() + ") is a "
						+ kindName(actor.kind()) + " of that name already; use it, give a fuller name,"
						+ " or merge the two with mergeActors.");
			});
	}

	private static String kindName(ActorKind kind) {
		return kind.name().toLowerCase();
	}

}
