package org.diplograph.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.common.Names;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person, organisation or country. {@code nameKeys} holds the {@code Names.key} of the
 * name and every alias for exact lookups; the IDs of its articles, visits, deals and
 * engagements are stored with it so its relationship fields are lookups by _id.
 * {@code revision} counts its changes from 1; {@code origin} says whether the seed or an
 * analyst made it.
 */
@Document("actors")
public record Actor(@Id String id, String name, ActorKind kind, List<String> aliases, List<String> exactAliases,
		String code, String countryId, List<Role> roles, String description, List<String> nameKeys, String searchText,
		List<String> articleIds, List<VisitRef> visitRefs, List<String> dealIds, String sortKey,
		List<String> engagementIds, int revision, Origin origin) {

	public static final String ID_PREFIX = "actor:";

	/** The collection that maps the ID of an actor merged away to the actor it became. */
	public static final String REDIRECTS = "actor_redirects";

	/**
	 * The {@code Names.key} of the name and of every alias, each once: what lookups by
	 * name match.
	 */
	public static List<String> nameKeys(String name, List<String> aliases, List<String> exactAliases) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(Names.key(name));
		aliases.forEach((alias) -> keys.add(Names.key(alias)));
		exactAliases.forEach((alias) -> keys.add(Names.key(alias)));
		keys.remove("");
		return List.copyOf(keys);
	}

	/** The text a name filter searches: every name key between bars. */
	public static String searchText(List<String> nameKeys) {
		return "|" + String.join("|", nameKeys) + "|";
	}

	/**
	 * The actor with every reference to the actor {@code from} (its country, the
	 * organisations of its roles) made to {@code to}.
	 */
	public Actor withActor(String from, String to) {
		List<Role> swapped = this.roles.stream()
			.map((role) -> new Role(role.title(), References.swap(role.organizationId(), from, to), role.since(),
					role.until()))
			.distinct()
			.toList();
		return new Actor(this.id, this.name, this.kind, this.aliases, this.exactAliases, this.code,
				References.swap(this.countryId, from, to), swapped, this.description, this.nameKeys, this.searchText,
				this.articleIds, this.visitRefs, this.dealIds, this.sortKey, this.engagementIds, this.revision + 1,
				this.origin);
	}

	/** A visit the actor took part in and the part it played. */
	public record VisitRef(String visitId, VisitRole role) {

	}

}
