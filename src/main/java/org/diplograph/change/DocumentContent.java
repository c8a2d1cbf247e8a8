package org.diplograph.change;

import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Writes what a change does to the documents: the content of each document it locked, and
 * the effects on documents it does not lock, every step idempotent so the repair and a
 * restore can apply it again.
 */
final class DocumentContent {

	private final MongoTemplate mongo;

	DocumentContent(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The content of one document write; {@code locked} restricts it to the document this
	 * change holds (a replayed backup has no locks).
	 */
	void write(DocumentWrite op, long seq, boolean curate, boolean locked) {
		Criteria criteria = Criteria.where(Documents.ID).is(op.id());
		if (locked) {
			criteria = criteria.and(Documents.PENDING_CHANGE).is(seq);
		}
		Query query = Query.query(criteria);
		switch (op.kind()) {
			case INSERT -> {
				if (!locked) {
					Document document = new Document(op.content());
					document.put(Documents.LAST_CHANGE, seq);
					this.mongo.getCollection(op.collection())
						.replaceOne(new Document(Documents.ID, op.id()), document, new ReplaceOptions().upsert(true));
				}
			}
			case UPDATE -> {
				Update update = new Update();
				op.content().forEach(update::set);
				update.set(Documents.REVISION, op.expectedRevision() + 1).set(Documents.LAST_CHANGE, seq);
				if (curate) {
					update.set(Documents.CURATED, true);
				}
				this.mongo.updateFirst(query, update, op.collection());
			}
			case DELETE -> this.mongo.remove(query, op.collection());
		}
	}

	/**
	 * An update of documents the change does not lock: reverse links, records of its own.
	 */
	void apply(Effect effect) {
		Query query = new BasicQuery(effect.filter());
		Update update = new Update();
		switch (effect.operator()) {
			case Effect.ADD_TO_SET -> update.addToSet(effect.field(), effect.value());
			case Effect.PULL -> update.pull(effect.field(), effect.value());
			default -> ((Document) effect.value()).forEach(update::set);
		}
		if (effect.many()) {
			this.mongo.updateMulti(query, update, effect.collection());
		}
		else if (effect.upsert()) {
			this.mongo.upsert(query, update, effect.collection());
		}
		else {
			this.mongo.updateFirst(query, update, effect.collection());
		}
	}

}
