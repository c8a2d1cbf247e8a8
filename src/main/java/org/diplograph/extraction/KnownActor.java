package org.diplograph.extraction;

import java.util.List;

/**
 * An actor the knowledge base already has: its ID, name, type, aliases, ISO 3166-1 code
 * (countries), the ID of its country (people and organisations) and its roles.
 */
public record KnownActor(String id, String name, ActorType type, List<String> aliases, String code, String countryId,
		List<KnownRole> roles) {

	public KnownActor {
		aliases = (aliases != null) ? List.copyOf(aliases) : List.of();
		roles = (roles != null) ? List.copyOf(roles) : List.of();
	}

	/** A known country. */
	public static KnownActor country(String id, String name, String code, List<String> aliases) {
		return new KnownActor(id, name, ActorType.COUNTRY, aliases, code, null, List.of());
	}

}
