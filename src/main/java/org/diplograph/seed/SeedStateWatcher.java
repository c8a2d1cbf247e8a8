package org.diplograph.seed;

import java.util.Objects;

import com.mongodb.MongoException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.KnowledgeChangedEvent;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches which seed the database holds, so that every instance serving one database
 * rebuilds its in-memory indexes when another instance loads a new seed, and so that an
 * instance that started while the database was away builds them once it is back.
 */
@Component
class SeedStateWatcher implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(SeedStateWatcher.class);

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private volatile String lastSeen;

	SeedStateWatcher(MongoTemplate mongo, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.events = events;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.lastSeen = storedHash();
	}

	@Scheduled(initialDelayString = "${diplograph.seed.watch-interval:30s}",
			fixedDelayString = "${diplograph.seed.watch-interval:30s}")
	void check() {
		String stored = storedHash();
		if (stored != null && !Objects.equals(stored, this.lastSeen)) {
			logger.info("The database now holds seed {}; rebuilding the in-memory indexes", stored.substring(0, 12));
			this.lastSeen = stored;
			this.events.publishEvent(new KnowledgeChangedEvent(stored));
		}
	}

	/**
	 * The content hash of the seed in the database, or null when there is none or the
	 * database is away.
	 */
	private String storedHash() {
		try {
			Document state = this.mongo.getCollection(SeedLoader.STATE_COLLECTION)
				.find(new Document("_id", "seed"))
				.first();
			return (state != null) ? state.getString("contentHash") : null;
		}
		catch (DataAccessException | MongoException ex) {
			return null;
		}
	}

}
