package org.diplograph.export;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;

import org.diplograph.model.Actor;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads what exports need: a whole collection through a cursor, and actor names by ID.
 */
@Repository
class ExportRepository {

	private final MongoTemplate mongo;

	ExportRepository(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Every document of the type in {@code _id} order, fetched {@code batch} at a time;
	 * close the stream.
	 */
	<T> Stream<T> all(Class<T> type, int batch) {
		return this.mongo.stream(new Query().with(Sort.by("_id")).cursorBatchSize(batch), type);
	}

	/** The names of the actors with these IDs; an ID that names no actor is left out. */
	Map<String, String> actorNames(Collection<String> ids) {
		Query query = Query.query(Criteria.where("_id").in(ids));
		query.fields().include("name");
		Map<String, String> names = new HashMap<>();
		for (Document actor : this.mongo.find(query, Document.class, this.mongo.getCollectionName(Actor.class))) {
			names.put(actor.getString("_id"), actor.getString("name"));
		}
		return names;
	}

}
