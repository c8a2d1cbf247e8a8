package org.diplograph.seed;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Visit;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Every write of the seed loader: the built documents, replacing what the previous seed
 * wrote, and the record of which seed the database holds.
 */
final class SeedWrites {

	private final MongoTemplate mongo;

	SeedWrites(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Writes the documents, then records the seed's hash, so a failed write is redone.
	 */
	void write(Knowledge knowledge) {
		replaceAll(Actor.class, knowledge.actors(), knowledge.actors().stream().map(Actor::id).toList());
		replaceAll(Article.class, knowledge.articles(), knowledge.articles().stream().map(Article::id).toList());
		replaceAll(Visit.class, knowledge.visits(), knowledge.visits().stream().map(Visit::id).toList());
		replaceAll(DefenceDeal.class, knowledge.deals(), knowledge.deals().stream().map(DefenceDeal::id).toList());
		replaceAll(Engagement.class, knowledge.engagements(),
				knowledge.engagements().stream().map(Engagement::id).toList());
		Document state = new Document("_id", "seed").append("contentHash", knowledge.contentHash())
			.append("loadedAt", Date.from(Instant.now()));
		this.mongo.getCollection(SeedLoader.STATE_COLLECTION)
			.replaceOne(new Document("_id", "seed"), state, new ReplaceOptions().upsert(true));
	}

	/** Upserts every document by ID, then removes the ones the seed no longer has. */
	private <T> void replaceAll(Class<T> type, List<T> documents, List<String> ids) {
		if (!documents.isEmpty()) {
			BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.ORDERED, type);
			for (int i = 0; i < documents.size(); i++) {
				bulk.replaceOne(Query.query(Criteria.where("_id").is(ids.get(i))), documents.get(i),
						FindAndReplaceOptions.options().upsert());
			}
			bulk.execute();
		}
		Set<String> kept = new HashSet<>(ids);
		Query allIds = new Query();
		allIds.fields().include("_id");
		List<Object> stale = this.mongo.find(allIds, Document.class, this.mongo.getCollectionName(type))
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

}
