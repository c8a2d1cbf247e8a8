package org.diplograph.actor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.diplograph.common.Connection;
import org.diplograph.common.Indexes;
import org.diplograph.common.KeysetPager;
import org.diplograph.common.Names;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** Reads actors: by ID, by name key, and a filtered page sorted by name. */
@Repository
public class ActorRepository implements InitializingBean {

	private final MongoTemplate mongo;

	private final KeysetPager<Actor> pager;

	ActorRepository(MongoTemplate mongo) {
		this.mongo = mongo;
		this.pager = new KeysetPager<>(mongo, Actor.class, "sortKey", Actor::sortKey, Actor::id);
	}

	@Override
	public void afterPropertiesSet() {
		Indexes.ensure(this.mongo, Actor.class,
				List.of(new Index().on("nameKeys", Sort.Direction.ASC), new Index().on("code", Sort.Direction.ASC),
						new Index().on("countryId", Sort.Direction.ASC),
						new Index().on("sortKey", Sort.Direction.ASC).on("_id", Sort.Direction.ASC)));
	}

	public Actor findById(String id) {
		return this.mongo.findById(id, Actor.class);
	}

	public List<Actor> findAllById(Collection<String> ids) {
		return this.mongo.find(Query.query(Criteria.where("_id").in(ids)), Actor.class);
	}

	/** Actors whose name or an alias has this {@link Names#key}. */
	List<Actor> findByNameKey(String key) {
		return this.mongo.find(Query.query(Criteria.where("nameKeys").is(key)).limit(20), Actor.class);
	}

	List<Actor> findCountryByCode(String code) {
		return this.mongo.find(Query.query(Criteria.where("code").is(code)), Actor.class);
	}

	Connection<Actor> page(String nameKey, ActorKind kind, String countryId, PageRequest request) {
		List<Criteria> filter = new ArrayList<>();
		if (nameKey != null) {
			filter.add(Criteria.where("searchText").regex(Pattern.quote(nameKey)));
		}
		if (kind != null) {
			filter.add(Criteria.where("kind").is(kind));
		}
		if (countryId != null) {
			filter.add(Criteria.where("countryId").is(countryId));
		}
		return this.pager.page(filter, false, request);
	}

}
