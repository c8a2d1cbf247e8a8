package org.diplograph.actor;

import java.util.List;

import org.diplograph.common.DocumentRepository;
import org.diplograph.common.Names;
import org.diplograph.model.Actor;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reads actors: by ID, by name key, and a filtered page sorted by name. */
@Repository
class ActorRepository extends DocumentRepository<Actor> {

	ActorRepository(MongoTemplate mongo) {
		super(mongo, Actor.class, Actor::id, "sortKey", Actor::sortKey, false, "nameKeys", "code", "countryId");
	}

	/** Actors whose name or an alias has this {@link Names#key}. */
	List<Actor> findByNameKey(String key) {
		return this.mongo.find(Query.query(Criteria.where("nameKeys").is(key)).limit(20), Actor.class);
	}

	List<Actor> findCountryByCode(String code) {
		return this.mongo.find(Query.query(Criteria.where("code").is(code)), Actor.class);
	}

}
