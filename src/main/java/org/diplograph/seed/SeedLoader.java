package org.diplograph.seed;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.change.ChangeWrites;
import org.diplograph.change.RestoreProperties;
import org.diplograph.common.KnowledgeChangedEvent;
import org.diplograph.model.Article;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the seed into MongoDB before the server takes requests, when the database does
 * not hold this seed yet (or a reload is forced). The whole seed is checked before
 * anything is written; a seed that fails leaves the data there was in place. What was
 * created or edited through the API is never overwritten ({@link SeedWrites}).
 */
@Component
public class SeedLoader implements InitializingBean {

	static final String STATE_COLLECTION = "seed_state";

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	private final MongoTemplate mongo;

	private final SeedProperties properties;

	private final ApplicationEventPublisher events;

	private final SeedWrites writes;

	private final boolean restoring;

	SeedLoader(MongoTemplate mongo, SeedProperties properties, ApplicationEventPublisher events, ChangeWrites changes) {
		this(mongo, properties, events, changes, new RestoreProperties(null));
	}

	@Autowired
	SeedLoader(MongoTemplate mongo, SeedProperties properties, ApplicationEventPublisher events, ChangeWrites changes,
			RestoreProperties restore) {
		this.mongo = mongo;
		this.properties = properties;
		this.events = events;
		this.writes = new SeedWrites(mongo, changes);
		this.restoring = restore.restoring();
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.properties.enabled()) {
			return;
		}
		if (this.restoring) {
			logger.info("Restoring a backup (diplograph.restore-from): the seed is not loaded");
			return;
		}
		try {
			load(this.properties.forceReload());
		}
		catch (SeedException ex) {
			logger.error("{}{}", ex.getMessage(),
					hasData() ? "; serving the data already in the database" : "; the database is empty");
		}
		catch (DataAccessException ex) {
			logger.error("The seed was not loaded: the database is unavailable ({}); restart once it is back",
					ex.getClass().getSimpleName());
		}
	}

	/**
	 * Loads the seed unless the database holds it already.
	 * @return whether anything was written
	 * @throws SeedException naming the seed file and entry of every problem found
	 */
	public boolean load(boolean force) {
		SeedSource source = SeedSource.read(this.properties);
		String hash = source.contentHash();
		Document state = this.mongo.getCollection(STATE_COLLECTION).find(new Document("_id", "seed")).first();
		if (!force && state != null && hash.equals(state.getString("contentHash"))) {
			logger.info("Seed {} already loaded", hash.substring(0, 12));
			return false;
		}
		Knowledge knowledge = KnowledgeBuilder.build(source);
		if (this.writes.write(knowledge)) {
			this.events.publishEvent(new KnowledgeChangedEvent(hash));
		}
		logger.info("Loaded seed {}: {} articles, {} actors, {} visits, {} deals, {} engagements",
				hash.substring(0, 12), knowledge.articles().size(), knowledge.actors().size(),
				knowledge.visits().size(), knowledge.deals().size(), knowledge.engagements().size());
		return true;
	}

	private boolean hasData() {
		return this.mongo.getCollection(this.mongo.getCollectionName(Article.class)).estimatedDocumentCount() > 0;
	}

}
