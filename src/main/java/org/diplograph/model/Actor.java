package org.diplograph.model;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person, organisation or country. {@code nameKeys} holds the {@code Names.key} of the
 * name and every alias for exact lookups; the IDs of its articles, visits, deals and
 * engagements are stored with it so its relationship fields are lookups by _id.
 */
@Document("actors")
public record Actor(@Id String id, String name, ActorKind kind, List<String> aliases, List<String> exactAliases,
		String code, String countryId, List<Role> roles, String description, List<String> nameKeys, String searchText,
		List<String> articleIds, List<VisitRef> visitRefs, List<String> dealIds, String sortKey,
		List<String> engagementIds) {

	public static final String ID_PREFIX = "actor:";

	/** A visit the actor took part in and the part it played. */
	public record VisitRef(String visitId, VisitRole role) {

	}

}
