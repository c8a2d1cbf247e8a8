package org.diplograph.actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.diplograph.common.DocumentRepository;
import org.diplograph.common.Names;
import org.diplograph.model.Actor;

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
		Actor actor = super.findById(id);
		if (actor != null) {
			return actor;
		}
		String target = redirects(List.of(id)).get(id);
		return (target != null) ? super.findById(target) : null;
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

	/** Actors whose name or an alias has this {@link Names#key}. */
	List<Actor> findByNameKey(String key) {
		return this.mongo.find(Query.query(Criteria.where("nameKeys").is(key)).limit(20), Actor.class);
	}

	List<Actor> findCountryByCode(String code) {
		return this.mongo.find(Query.query(Criteria.where("code").is(code)), Actor.class);
	}

	/** Where each of these IDs, merged away, now points. */
	private Map<String, String> redirects(Collection<String> ids) {
		Map<String, String> redirects = new HashMap<>();
		this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Document.class, Actor.REDIRECTS)
			.forEach((redirect) -> redirects.put(redirect.getString("_id"), redirect.getString("to")));
		return redirects;
	}

}
