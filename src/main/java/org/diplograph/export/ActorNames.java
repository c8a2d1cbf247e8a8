package org.diplograph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import org.diplograph.actor.Actor;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The names of the actors one chunk of records names, looked up in one query; an actor
 * reference in a record is {@code {"id": ..., "name": ...}}.
 */
final class ActorNames {

	private final Map<String, String> names;

	private ActorNames(Map<String, String> names) {
		this.names = names;
	}

	static ActorNames lookUp(MongoTemplate mongo, Collection<String> ids) {
		Set<String> wanted = new HashSet<>(ids);
		wanted.remove(null);
		Map<String, String> names = new LinkedHashMap<>();
		if (!wanted.isEmpty()) {
			Query query = Query.query(Criteria.where("_id").in(wanted));
			query.fields().include("name");
			for (Document actor : mongo.find(query, Document.class, mongo.getCollectionName(Actor.class))) {
				names.put(actor.getString("_id"), actor.getString("name"));
			}
		}
		return new ActorNames(names);
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
