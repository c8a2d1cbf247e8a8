package org.diplograph.seed;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.change.ChangeAction;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Plan;
import org.diplograph.common.ConflictException;
import org.diplograph.common.NotFoundException;
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
 * Every write of the seed loader. Into an empty database the seed goes in bulk; into one
 * that holds data, each document the seed adds, changes or no longer has is written as a
 * change by {@code seed}, leaving alone whatever was created or edited through the API,
 * never bringing back what was deleted or merged away, and pointing references to an
 * actor merged away at the actor it became.
 */
final class SeedWrites {

	static final String AUTHOR = "seed";

	private static final Logger logger = LoggerFactory.getLogger(SeedWrites.class);

	private static final List<String> COLLECTIONS = List.of("actors", "articles", "visits", "deals", "engagements");

	private final MongoTemplate mongo;

	private final ChangeWrites changes;

	SeedWrites(MongoTemplate mongo, ChangeWrites changes) {
		this.mongo = mongo;
		this.changes = changes;
	}

	/**
	 * Writes the seed, then records its hash, so a write that fails half way is redone.
	 * @return whether the seed went in wholesale, so every index must be rebuilt
	 */
	boolean write(Knowledge knowledge, String filesHash) {
		Knowledge kept = new RemovedThroughApi(this.mongo).removeFrom(knowledge);
		boolean wholesale = COLLECTIONS.stream()
			.allMatch((collection) -> this.mongo.getCollection(collection).estimatedDocumentCount() == 0);
		if (wholesale) {
			insertAll(Actor.class, kept.actors());
			insertAll(Article.class, kept.articles());
			insertAll(Visit.class, kept.visits());
			insertAll(DefenceDeal.class, kept.deals());
			insertAll(Engagement.class, kept.engagements());
			this.changes.markRebuild();
		}
		else {
			reconcile(kept);
		}
		Document state = new Document("_id", "seed").append("contentHash", knowledge.contentHash())
			.append("filesHash", filesHash)
			.append("loadedAt", Date.from(Instant.now()));
		this.mongo.getCollection(SeedLoader.STATE_COLLECTION)
			.replaceOne(new Document("_id", "seed"), state, new ReplaceOptions().upsert(true));
		return wholesale;
	}

	/** Keeps the hash of the seed files beside the loaded seed's. */
	void recordFilesHash(String filesHash) {
		this.mongo.getCollection(SeedLoader.STATE_COLLECTION)
			.updateOne(new Document("_id", "seed"), new Document("$set", new Document("filesHash", filesHash)));
	}

	/**
	 * Adds and updates what the seed has (actors first, so the facts can link to them),
	 * then deletes the seed's own documents it no longer has (facts first).
	 */
	private void reconcile(Knowledge knowledge) {
		String note = "seed " + knowledge.contentHash().substring(0, 12);
		Set<String> deletable = new HashSet<>();
		deletable.addAll(upsert(Actor.class, knowledge.actors(), Actor::id, Actor::revision, note));
		deletable.addAll(upsert(Article.class, knowledge.articles(), Article::id, Article::revision, note));
		deletable.addAll(upsert(Visit.class, knowledge.visits(), Visit::id, Visit::revision, note));
		deletable.addAll(upsert(DefenceDeal.class, knowledge.deals(), DefenceDeal::id, DefenceDeal::revision, note));
		deletable.addAll(upsert(Engagement.class, knowledge.engagements(), Engagement::id, Engagement::revision, note));
		delete(Engagement.class, deletable, Engagement::revision, (engagement) -> true, note);
		delete(DefenceDeal.class, deletable, DefenceDeal::revision, (deal) -> true, note);
		delete(Visit.class, deletable, Visit::revision, (visit) -> true, note);
		delete(Article.class, deletable, Article::revision, (article) -> article.visitIds().isEmpty()
				&& article.dealIds().isEmpty() && article.engagementIds().isEmpty(), note);
		delete(Actor.class, deletable, Actor::revision, this::isUnreferenced, note);
	}

	/**
	 * Creates what the seed adds and updates the seed's own documents it changes.
	 * @return the IDs of the seed's own documents of this type the seed no longer has
	 */
	private <T> Set<String> upsert(Class<T> type, List<T> documents, Function<T, String> idOf,
			ToIntFunction<T> revisionOf, String note) {
		Map<String, T> existing = new HashMap<>();
		this.mongo.findAll(type).forEach((document) -> existing.put(idOf.apply(document), document));
		Set<String> seedOwned = seedOwned(type);
		for (T document : documents) {
			String id = idOf.apply(document);
			T current = existing.remove(id);
			if (current == null) {
				apply(this.changes.plan(ChangeAction.CREATE, id, AUTHOR).fromSeed().note(note).insert(document));
			}
			else if (seedOwned.contains(id)) {
				apply(this.changes.plan(ChangeAction.UPDATE, id, AUTHOR)
					.fromSeed()
					.note(note)
					.update(current, document, revisionOf.applyAsInt(current)));
			}
		}
		existing.keySet().retainAll(seedOwned);
		return existing.keySet();
	}

	private <T> void delete(Class<T> type, Set<String> ids, ToIntFunction<T> revisionOf,
			java.util.function.Predicate<T> deletable, String note) {
		for (T document : this.mongo.find(Query.query(Criteria.where("_id").in(ids)), type)) {
			String id = this.mongo.getConverter()
				.getMappingContext()
				.getRequiredPersistentEntity(type)
				.getIdentifierAccessor(document)
				.getRequiredIdentifier()
				.toString();
			if (!deletable.test(document)) {
				logger.info("The seed no longer has {}, but facts made through the API refer to it: kept", id);
				continue;
			}
			apply(this.changes.plan(ChangeAction.DELETE, id, AUTHOR)
				.fromSeed()
				.note(note)
				.delete(document, revisionOf.applyAsInt(document)));
		}
	}

	private boolean isUnreferenced(Actor actor) {
		return actor.visitRefs().isEmpty() && actor.dealIds().isEmpty() && actor.engagementIds().isEmpty()
				&& !this.mongo.exists(Query.query(new Criteria().orOperator(Criteria.where("countryId").is(actor.id()),
						Criteria.where("roles.organizationId").is(actor.id()))), Actor.class);
	}

	/** The documents of this type the seed made and nobody edited through the API. */
	private Set<String> seedOwned(Class<?> type) {
		Query query = Query.query(new Criteria().andOperator(
				new Criteria().orOperator(Criteria.where("origin").is("SEED"), Criteria.where("origin").exists(false)),
				Criteria.where("curated").ne(true)));
		query.fields().include("_id");
		Set<String> ids = new HashSet<>();
		this.mongo.find(query, Document.class, this.mongo.getCollectionName(type))
			.forEach((document) -> ids.add(document.getString("_id")));
		return ids;
	}

	private void apply(Plan plan) {
		if (plan.changesNothing()) {
			return;
		}
		try {
			this.changes.apply(plan);
		}
		catch (ConflictException | NotFoundException ex) {
			// an analyst is changing it right now: theirs is the newer word
			logger.warn("Seed change skipped: {}", ex.getMessage());
		}
	}

	/** Upserts by ID: two instances loading one empty database at once write the same. */
	private <T> void insertAll(Class<T> type, List<T> documents) {
		if (documents.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
		for (T document : documents) {
			Object id = this.mongo.getConverter()
				.getMappingContext()
				.getRequiredPersistentEntity(type)
				.getIdentifierAccessor(document)
				.getRequiredIdentifier();
			bulk.replaceOne(Query.query(Criteria.where("_id").is(id)), document,
					FindAndReplaceOptions.options().upsert());
		}
		bulk.execute();
	}

}
