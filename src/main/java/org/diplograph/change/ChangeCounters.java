package org.diplograph.change;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The records of the change log in the counters collection: the sequence and how far the
 * feed is committed, the rebuild epoch, the database's identity and the version of the
 * revision schema.
 */
final class ChangeCounters {

	private static final String SCHEMA = "schema";

	private static final String IDENTITY = "database";

	private static final int SCHEMA_VERSION = 2;

	private static final List<String> KNOWLEDGE = List.of(Links.ACTORS, Links.ARTICLES, Links.VISITS, Links.DEALS);

	private static final Logger logger = LoggerFactory.getLogger(ChangeCounters.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final String instance;

	ChangeCounters(MongoTemplate mongo, Clock clock, String instance) {
		this.mongo = mongo;
		this.clock = clock;
		this.instance = instance;
	}

	/**
	 * Gives documents written before revisions existed their first revision, once: a
	 * write's lock is conditional on the revision.
	 */
	void upgradeSchema() {
		try {
			Query schema = Query.query(Criteria.where(Documents.ID).is(SCHEMA));
			Document version = this.mongo.findOne(schema, Document.class, ChangeWrites.COUNTERS);
			if (version != null && version.getInteger("version", 0) >= SCHEMA_VERSION) {
				return;
			}
			boolean holdsData = false;
			for (String collection : List.of(Links.ACTORS, Links.ARTICLES, Links.VISITS, Links.DEALS,
					Links.ENGAGEMENTS)) {
				if (this.mongo.getCollection(collection).estimatedDocumentCount() > 0) {
					holdsData = true;
					this.mongo.updateMulti(Query.query(Criteria.where(Documents.REVISION).exists(false)),
							new Update().set(Documents.REVISION, 1).set(Documents.ORIGIN, "SEED"), collection);
				}
			}
			if (holdsData) {
				// an empty database, as a restore needs it, is left untouched
				this.mongo.upsert(schema, Update.update("version", SCHEMA_VERSION), ChangeWrites.COUNTERS);
			}
		}
		catch (DataAccessException ex) {
			logger.warn("Revisions not checked: the database is unavailable ({})", ex.getClass().getSimpleName());
		}
	}

	/** Takes the next sequence number. */
	long nextSeq() {
		Document counter = this.mongo.findAndModify(bySequence(),
				new Update().inc("seq", 1L).set("at", Date.from(this.clock.instant())),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, ChangeWrites.COUNTERS);
		return ((Number) counter.get("seq")).longValue();
	}

	/** See {@link ChangeWrites#checkpoint(long)}. */
	void checkpoint(long seq) {
		this.mongo.updateFirst(bySequence(), new Update().max("horizon", seq), ChangeWrites.COUNTERS);
	}

	/** Makes the sequence continue after {@code through}, as far committed. */
	void continueAfter(long through) {
		this.mongo.upsert(bySequence(), new Update().max("seq", through).max("horizon", through),
				ChangeWrites.COUNTERS);
	}

	/** See {@link ChangeWrites#markRebuild()}. */
	void markRebuild() {
		this.mongo.upsert(Query.query(Criteria.where(Documents.ID).is(ChangeWrites.REBUILDS)),
				new Update().inc("epoch", 1L).set("at", Date.from(this.clock.instant())).set("instance", this.instance),
				ChangeWrites.COUNTERS);
	}

	/** See {@link ChangeWrites#identity()}. */
	String identity() {
		Query identity = Query.query(Criteria.where(Documents.ID).is(IDENTITY));
		Document known = this.mongo.findOne(identity, Document.class, ChangeWrites.COUNTERS);
		if (known == null) {
			boolean holdsData = KNOWLEDGE.stream()
				.anyMatch((collection) -> this.mongo.getCollection(collection).estimatedDocumentCount() > 0);
			if (!holdsData) {
				return "empty";
			}
			this.mongo.upsert(identity, new Update().setOnInsert("name", UUID.randomUUID().toString()),
					ChangeWrites.COUNTERS);
			known = this.mongo.findOne(identity, Document.class, ChangeWrites.COUNTERS);
		}
		return known.getString("name");
	}

	private static Query bySequence() {
		return Query.query(Criteria.where(Documents.ID).is(ChangeWrites.SEQUENCE));
	}

}
