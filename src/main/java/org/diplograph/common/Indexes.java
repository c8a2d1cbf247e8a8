package org.diplograph.common;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Creates a collection's indexes at startup; a database that is away then does not stop
 * the server.
 */
public final class Indexes {

	private static final Logger logger = LoggerFactory.getLogger(Indexes.class);

	private Indexes() {
	}

	public static void ensure(MongoTemplate mongo, Class<?> type, List<Index> indexes) {
		ensure(mongo, mongo.getCollectionName(type), indexes);
	}

	public static void ensure(MongoTemplate mongo, String collection, List<Index> indexes) {
		try {
			indexes.forEach(mongo.indexOps(collection)::createIndex);
		}
		catch (DataAccessException ex) {
			logger.warn("Could not create the indexes of {}; the database is unavailable ({})", collection,
					ex.getClass().getSimpleName());
		}
	}

}
