package org.diplograph.seed;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.KnowledgeChangedEvent;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Visit;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads the seed into MongoDB before the server takes requests, when the database does
 * not hold this seed yet (or a reload is forced). The whole seed is checked before
 * anything is written; a seed that fails leaves the data there was in place.
 */
@Component
public class SeedLoader implements InitializingBean {

	static final String STATE_COLLECTION = "seed_state";

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	private final MongoTemplate mongo;

	private final SeedProperties properties;

	private final ApplicationEventPublisher events;

	SeedLoader(MongoTemplate mongo, SeedProperties properties, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.properties = properties;
		this.events = events;
	}

	@Override
	public void afterPropertiesSet() {
		if (!this.properties.enabled()) {
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
		write(knowledge);
		this.events.publishEvent(new KnowledgeChangedEvent(hash));
		logger.info("Loaded seed {}: {} articles, {} actors, {} visits, {} deals", hash.substring(0, 12),
				knowledge.articles().size(), knowledge.actors().size(), knowledge.visits().size(),
				knowledge.deals().size());
		return true;
	}

	private void write(Knowledge knowledge) {
		replaceAll(Actor.class, knowledge.actors(), knowledge.actors().stream().map(Actor::id).toList());
		replaceAll(Article.class, knowledge.articles(), knowledge.articles().stream().map(Article::id).toList());
		replaceAll(Visit.class, knowledge.visits(), knowledge.visits().stream().map(Visit::id).toList());
		replaceAll(DefenceDeal.class, knowledge.deals(), knowledge.deals().stream().map(DefenceDeal::id).toList());
		Document state = new Document("_id", "seed").append("contentHash", knowledge.contentHash())
			.append("loadedAt", java.util.Date.from(Instant.now()));
		this.mongo.getCollection(STATE_COLLECTION)
			.replaceOne(new Document("_id", "seed"), state, new com.mongodb.client.model.ReplaceOptions().upsert(true));
	}

	/** Upserts every document by ID, then removes the ones the seed no longer has. */
	private <T> void replaceAll(Class<T> type, List<T> documents, List<String> ids) {
		if (!documents.isEmpty()) {
			BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.ORDERED, type);
			for (int i = 0; i < documents.size(); i++) {
				bulk.replaceOne(Query.query(Criteria.where("_id").is(ids.get(i))), documents.get(i),
						org.springframework.data.mongodb.core.FindAndReplaceOptions.options().upsert());
			}
			bulk.execute();
		}
		Set<String> kept = new HashSet<>(ids);
		Query allIds = new Query();
		allIds.fields().include("_id");
		List<Object> stale = this.mongo.find(allIds, org.bson.Document.class, this.mongo.getCollectionName(type))
			.stream()
			.map((document) -> document.get("_id"))
			.filter((id) -> !kept.contains(id))
			.toList();
		// by _id $in the stale ones: a $nin over every ID is quadratic on the embedded
		// database
		if (!stale.isEmpty()) {
			this.mongo.remove(Query.query(Criteria.where("_id").in(stale)), type);
		}
	}

	private boolean hasData() {
		return this.mongo.getCollection(this.mongo.getCollectionName(Article.class)).estimatedDocumentCount() > 0;
	}

}
