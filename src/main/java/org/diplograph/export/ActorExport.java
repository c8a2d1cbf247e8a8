package org.diplograph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.model.Actor;
import org.diplograph.model.Role;

import org.springframework.stereotype.Component;

/**
 * Actors: names, aliases, country and roles, and how many articles, visits and deals name
 * them (the other exports hold those links, from their side).
 */
@Component
class ActorExport implements CollectionExport<Actor> {

	private static final List<String> COLUMNS = List.of("id", "name", "kind", "aliases", "code", "country.id",
			"country.name", "roles.title", "roles.organization.id", "roles.organization.name", "roles.since.iso",
			"roles.until.iso", "description", "articleCount", "visitCount", "dealCount");

	@Override
	public String name() {
		return "actors";
	}

	@Override
	public Class<Actor> type() {
		return Actor.class;
	}

	@Override
	public List<String> csvColumns() {
		return COLUMNS;
	}

	@Override
	public Collection<String> actorIds(Actor actor) {
		List<String> ids = new ArrayList<>();
		ids.add(actor.countryId());
		Records.orEmpty(actor.roles()).forEach((role) -> ids.add(role.organizationId()));
		return ids;
	}

	@Override
	public Map<String, Object> toRecord(Actor actor, ActorNames names) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", actor.id());
		record.put("name", actor.name());
		record.put("kind", (actor.kind() != null) ? actor.kind().name() : null);
		record.put("aliases", Records.orEmpty(actor.aliases()));
		record.put("code", actor.code());
		record.put("country", names.ref(actor.countryId()));
		List<Map<String, Object>> roles = new ArrayList<>();
		for (Role role : Records.orEmpty(actor.roles())) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("title", role.title());
			entry.put("organization", names.ref(role.organizationId()));
			entry.put("since", Records.date(role.since()));
			entry.put("until", Records.date(role.until()));
			roles.add(entry);
		}
		record.put("roles", roles);
		record.put("description", actor.description());
		record.put("articleCount", Records.orEmpty(actor.articleIds()).size());
		record.put("visitCount", Records.orEmpty(actor.visitRefs()).size());
		record.put("dealCount", Records.orEmpty(actor.dealIds()).size());
		return record;
	}

}
