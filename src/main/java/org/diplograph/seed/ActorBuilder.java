package org.diplograph.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.Names;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Origin;
import org.diplograph.model.Role;
import org.diplograph.seed.SeedEntries.ActorEntry;
import org.diplograph.seed.SeedEntries.RoleEntry;

/**
 * Stage 3 for the actors: checks each entry (a unique slug, a kind, a name, a code for
 * countries only, known country and organisations) and builds its document with the name
 * keys lookups match; the IDs of its articles, visits, deals and engagements are added
 * later.
 */
final class ActorBuilder {

	private ActorBuilder() {
	}

	/** The actors by slug, in the order of the seed. */
	static Map<String, Actor> build(List<ActorEntry> seedEntries, Problems problems) {
		Map<String, ActorEntry> entries = new LinkedHashMap<>();
		for (ActorEntry entry : seedEntries) {
			String where = SeedEntries.ACTORS + ", entry " + entry.id();
			if (!Problems.isSlug(entry.id())) {
				problems.add(where + ": id must be a lower-case slug such as haluk-gorgun");
			}
			else if (entries.putIfAbsent(entry.id(), entry) != null) {
				problems.add(where + ": the id is used twice");
			}
		}
		Map<String, Actor> actors = new LinkedHashMap<>();
		for (ActorEntry entry : entries.values()) {
			actors.put(entry.id(), actor(entry, entries.keySet(), problems));
		}
		return actors;
	}

	private static Actor actor(ActorEntry entry, Set<String> slugs, Problems problems) {
		String where = SeedEntries.ACTORS + ", entry " + entry.id();
		ActorKind kind = problems.enumValue(where, "kind", ActorKind.class, entry.kind());
		if (entry.name() == null || entry.name().isBlank()) {
			problems.add(where + ": name is missing");
		}
		if (kind == ActorKind.COUNTRY && (entry.code() == null || !entry.code().matches("[A-Z]{2}"))) {
			problems.add(where + ": a country needs its ISO 3166-1 alpha-2 code");
		}
		if (kind != ActorKind.COUNTRY && entry.code() != null) {
			problems.add(where + ": only countries have a code");
		}
		String countryId = problems.actor(where, "country", entry.country(), slugs);
		List<Role> roles = new ArrayList<>();
		for (RoleEntry role : Problems.list(entry.roles())) {
			if (role.title() == null || role.title().isBlank()) {
				problems.add(where + ": a role has no title");
			}
			roles.add(new Role(role.title(), problems.actor(where, "role organization", role.organization(), slugs),
					problems.optionalDate(where, "role since", role.since()),
					problems.optionalDate(where, "role until", role.until())));
		}
		List<String> aliases = Problems.list(entry.aliases());
		List<String> exactAliases = Problems.list(entry.exactAliases());
		List<String> keys = Actor.nameKeys(entry.name(), aliases, exactAliases);
		return new Actor(Actor.ID_PREFIX + entry.id(), entry.name(), kind, aliases, exactAliases, entry.code(),
				countryId, roles, entry.description(), keys, Actor.searchText(keys), List.of(), List.of(), List.of(),
				Names.key(entry.name()), List.of(), 1, Origin.SEED);
	}

}
