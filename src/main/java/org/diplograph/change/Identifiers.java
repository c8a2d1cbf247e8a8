package org.diplograph.change;

import java.util.Set;
import java.util.function.Function;

import org.bson.Document;

import org.diplograph.common.ConflictException;
import org.diplograph.model.Actor;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Gives new documents readable IDs that were never used: not by a document, nor by one
 * deleted or merged away (whose ID must keep meaning what it meant), with -2, -3 ...
 * added where the plain one is taken.
 */
@Component
public class Identifiers {

	private static final int ATTEMPTS = 5;

	private static final int MAX_SUFFIX = 1000;

	private final MongoTemplate mongo;

	private final ChangeWrites changes;

	Identifiers(MongoTemplate mongo, ChangeWrites changes) {
		this.mongo = mongo;
		this.changes = changes;
	}

	/**
	 * Applies the plan the function makes for a free ID, trying the next free one when
	 * another write took it in between.
	 * @return the ID used
	 */
	public String create(Class<?> type, String base, Function<String, Plan> planFor) {
		for (int attempt = 1;; attempt++) {
			String id = free(type, base);
			try {
				this.changes.apply(planFor.apply(id));
				return id;
			}
			catch (ConflictException ex) {
				if (attempt >= ATTEMPTS || !isTaken(type, id)) {
					throw ex;
				}
			}
		}
	}

	private String free(Class<?> type, String base) {
		return free(type, base, Set.of());
	}

	/**
	 * The base ID, or with the first suffix that makes it free, never one of
	 * {@code reserved} (IDs the same change gives other new documents).
	 */
	public String free(Class<?> type, String base, Set<String> reserved) {
		for (int suffix = 1; suffix <= MAX_SUFFIX; suffix++) {
			String id = (suffix == 1) ? base : base + "-" + suffix;
			if (!reserved.contains(id) && !isTaken(type, id)) {
				return id;
			}
		}
		throw new ConflictException("Too many documents have IDs starting with " + base + ".", null);
	}

	private boolean isTaken(Class<?> type, String id) {
		Query byId = Query.query(Criteria.where("_id").is(id));
		return this.mongo.exists(byId, type) || this.mongo.exists(byId, Document.class, ChangeWrites.TOMBSTONES)
				|| (type == Actor.class && this.mongo.exists(byId, Document.class, Actor.REDIRECTS));
	}

}
