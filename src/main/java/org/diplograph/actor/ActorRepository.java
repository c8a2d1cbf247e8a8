package org.diplograph.actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.diplograph.common.DocumentRepository;
import org.diplograph.common.Names;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads actors: by ID (an ID merged into another actor finds that actor), by name key,
 * and a filtered page sorted by name.
 */
@Repository
class ActorRepository extends DocumentRepository<Actor> {

	ActorRepository(MongoTemplate mongo) {
		super(mongo, Actor.class, Actor::id, "sortKey", Actor::sortKey, false, "nameKeys", "code", "countryId");
	}

	@Override
	public Actor findById(String id) {
		return findById(id, false);
	}

	/**
	 * The actor with this ID, or the one it was merged into; a summary (ID, name, kind
	 * and code) leaves out the long lists of what the actor is in, which a country has
	 * thousands of.
	 */
	Actor findById(String id, boolean summary) {
		Actor actor = findOne(Criteria.where("_id").is(id), summary);
		if (actor != null) {
			return actor;
		}
		String target = redirects(List.of(id)).get(id);
		return (target != null) ? findOne(Criteria.where("_id").is(target), summary) : null;
	}

	/** The actors by the ID asked for; redirects are read only for the IDs not found. */
	Map<String, Actor> findMapById(Collection<String> ids) {
		Map<String, Actor> found = new HashMap<>();
		findAllById(ids).forEach((actor) -> found.put(actor.id(), actor));
		List<String> missing = ids.stream().filter((id) -> !found.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			Map<String, String> redirects = redirects(missing);
			if (!redirects.isEmpty()) {
				Map<String, Actor> targets = new HashMap<>();
				findAllById(redirects.values()).forEach((actor) -> targets.put(actor.id(), actor));
				redirects.forEach((from, to) -> {
					if (targets.containsKey(to)) {
						found.put(from, targets.get(to));
					}
				});
			}
		}
		return found;
	}

	/** The actors with these IDs that are of one of these kinds. */
	List<Actor> findAllOfKinds(Collection<String> ids, Collection<ActorKind> kinds) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids).and("kind").in(kinds)), Actor.class);
	}

	/**
	 * Actors whose name or an alias has this {@link Names#key}; see
	 * {@link #findById(String, boolean)}.
	 */
	List<Actor> findByNameKey(String key, boolean summary) {
		return this.mongo.find(summarized(Query.query(Criteria.where("nameKeys").is(key)).limit(20), summary),
				Actor.class);
	}

	List<Actor> findCountryByCode(String code, boolean summary) {
		return this.mongo.find(summarized(Query.query(Criteria.where("code").is(code)), summary), Actor.class);
	}

	private Actor findOne(Criteria criteria, boolean summary) {
		return this.mongo.findOne(summarized(Query.query(criteria), summary), Actor.class);
	}

	private static Query summarized(Query query, boolean summary) {
		if (summary) {
			query.fields().include("_id", "name", "kind", "code", "revision");
		}
		return query;
	}

	/** Where each of these IDs, merged away, now points. */
	private Map<String, String> redirects(Collection<String> ids) {
		Map<String, String> redirects = new HashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, Actor.REDIRECTS)
			.forEach((redirect) -> redirects.put(redirect.getString("_id"), redirect.getString("to")));
		return redirects;
	}

}
