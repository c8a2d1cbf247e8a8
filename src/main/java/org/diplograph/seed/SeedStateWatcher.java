package org.diplograph.seed;

import java.time.Duration;
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
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Watches which seed the database holds, so that every instance serving one database
 * rebuilds its in-memory indexes when another instance loads a new seed, and so that an
 * instance that started while the database was away builds them once it is back.
 */
@Component
class SeedStateWatcher implements SmartInitializingSingleton, SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(SeedStateWatcher.class);

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Duration interval;

	private volatile String lastSeen;

	SeedStateWatcher(MongoTemplate mongo, ApplicationEventPublisher events, SeedProperties properties) {
		this.mongo = mongo;
		this.events = events;
		this.interval = properties.watchInterval();
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.lastSeen = storedHash();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::check, this.interval, this.interval));
	}

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
