package org.diplograph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.Limits;

/**
 * The names of the actors an export's records name, looked up chunk by chunk: one query
 * per chunk for the IDs not seen before, so the countries and people that recur across a
 * collection are read once. At most {@value Limits#MAX_EXPORT_ACTOR_NAMES} names are
 * kept; an actor reference in a record is {@code {"id": ..., "name": ...}}.
 */
final class ActorNames {

	private final ExportRepository repository;

	private final Map<String, String> names = new HashMap<>();

	ActorNames(ExportRepository repository) {
		this.repository = repository;
	}

	/** Makes sure the names of these actors are known. */
	void load(Collection<String> ids) {
		Set<String> missing = new HashSet<>(ids);
		missing.remove(null);
		missing.removeAll(this.names.keySet());
		if (missing.isEmpty()) {
			return;
		}
		if (this.names.size() + missing.size() > Limits.MAX_EXPORT_ACTOR_NAMES) {
			this.names.clear();
		}
		this.names.putAll(this.repository.actorNames(missing));
		// an ID that names no actor is remembered too, so that it is not asked for again
		missing.forEach((id) -> this.names.putIfAbsent(id, null));
	}

	/** The reference to one actor, or null for no actor. */
	Map<String, Object> ref(String id) {
		if (id == null) {
			return null;
		}
		Map<String, Object> ref = new LinkedHashMap<>();
		ref.put("id", id);
		ref.put("name", this.names.get(id));
		return ref;
	}

	List<Map<String, Object>> refs(List<String> ids) {
		List<Map<String, Object>> refs = new ArrayList<>();
		if (ids != null) {
			ids.forEach((id) -> refs.add(ref(id)));
		}
		return refs;
	}

}
