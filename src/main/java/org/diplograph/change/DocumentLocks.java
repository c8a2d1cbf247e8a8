package org.diplograph.change;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.bson.Document;

import org.diplograph.common.ConflictException;
import org.diplograph.common.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The lock a change holds on each document it writes, from before its content is written
 * until it commits: taken only at the revision the writer read, waited for while another
 * change holds it, and settled when that change is finished or left by a crash.
 */
final class DocumentLocks {

	private final MongoTemplate mongo;

	private final ChangeProperties properties;

	private final Clock clock;

	/** Settles a change old enough to be the remains of a crash. */
	private final LongConsumer repair;

	DocumentLocks(MongoTemplate mongo, ChangeProperties properties, Clock clock, LongConsumer repair) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
		this.repair = repair;
	}

	/**
	 * Locks the document for the change: an insert writes it locked; an update or delete
	 * locks it only at the expected revision, waiting while another change holds it.
	 */
	void lock(DocumentWrite op, long seq) {
		if (op.kind() == DocumentWrite.Kind.INSERT) {
			Document document = new Document(op.content());
			document.put(Documents.LAST_CHANGE, seq);
			document.put(Documents.PENDING_CHANGE, seq);
			try {
				this.mongo.insert(document, op.collection());
			}
			catch (DuplicateKeyException ex) {
				throw new ConflictException(op.id() + " exists already.", null);
			}
			return;
		}
		long deadline = System.nanoTime() + this.properties.lockWait().toNanos();
		while (true) {
			Query unlockedAtRevision = Query.query(Criteria.where(Documents.ID)
				.is(op.id())
				.and(Documents.REVISION)
				.is(op.expectedRevision())
				.and(Documents.PENDING_CHANGE)
				.is(null));
			if (this.mongo
				.updateFirst(unlockedAtRevision, Update.update(Documents.PENDING_CHANGE, seq), op.collection())
				.getMatchedCount() == 1) {
				return;
			}
			Document current = this.mongo.findById(op.id(), Document.class, op.collection());
			if (current == null) {
				throw new NotFoundException("No document has the ID " + op.id() + "; it may have been deleted"
						+ " or merged into another.");
			}
			int revision = revisionOf(current);
			Long holder = longOf(current.get(Documents.PENDING_CHANGE));
			if (holder != null && holder == seq) {
				return;
			}
			if (holder == null) {
				ChangeWrites.requireRevision(op.id(), revision, op.expectedRevision());
			}
			if (holder != null && settle(holder, op)) {
				continue;
			}
			if (System.nanoTime() > deadline) {
				throw new ConflictException(
						op.id() + " is being changed by another write right now; try again in a moment.", revision);
			}
			pause();
		}
	}

	/**
	 * Frees a lock left by a change that is finished, or finishes a change old enough to
	 * be the remains of a crash. Whether the lock is gone.
	 */
	private boolean settle(long holder, DocumentWrite op) {
		Document change = this.mongo.findById(holder, Document.class, ChangeWrites.CHANGES);
		ChangeState state = (change != null) ? ChangeState.valueOf(change.getString("state")) : ChangeState.ABORTED;
		if (state == ChangeState.COMMITTED || state == ChangeState.ABORTED) {
			this.mongo.updateFirst(
					Query.query(Criteria.where(Documents.ID).is(op.id()).and(Documents.PENDING_CHANGE).is(holder)),
					new Update().unset(Documents.PENDING_CHANGE), op.collection());
			return true;
		}
		if (isStale(change)) {
			this.repair.accept(holder);
			return true;
		}
		return false;
	}

	private boolean isStale(Document change) {
		Date at = change.getDate("at");
		return at == null || !at.toInstant().isAfter(this.clock.instant().minus(this.properties.repairAfter()));
	}

	/** Frees the documents an unfinished change locked, removing those it inserted. */
	void release(long seq, Collection<DocumentWrite> ops) {
		for (DocumentWrite op : ops) {
			Query held = Query.query(Criteria.where(Documents.ID).is(op.id()).and(Documents.PENDING_CHANGE).is(seq));
			if (op.kind() == DocumentWrite.Kind.INSERT) {
				this.mongo.remove(held, op.collection());
			}
			else {
				this.mongo.updateFirst(held, new Update().unset(Documents.PENDING_CHANGE), op.collection());
			}
		}
	}

	/** Frees the documents a committed change wrote. */
	void unlock(long seq, List<DocumentWrite> ops) {
		Map<String, List<String>> idsByCollection = new LinkedHashMap<>();
		for (DocumentWrite op : ops) {
			if (op.kind() != DocumentWrite.Kind.DELETE) {
				idsByCollection.computeIfAbsent(op.collection(), (key) -> new ArrayList<>()).add(op.id());
			}
		}
		idsByCollection.forEach((collection, ids) -> this.mongo.updateMulti(
				Query.query(Criteria.where(Documents.ID).in(ids).and(Documents.PENDING_CHANGE).is(seq)),
				new Update().unset(Documents.PENDING_CHANGE), collection));
	}

	/**
	 * Clears every lock in these collections: a restored copy has no writer to hold them.
	 */
	void clearAll(List<String> collections) {
		for (String collection : collections) {
			this.mongo.updateMulti(Query.query(Criteria.where(Documents.PENDING_CHANGE).exists(true)),
					new Update().unset(Documents.PENDING_CHANGE), collection);
		}
	}

	static int revisionOf(Document document) {
		Object revision = document.get(Documents.REVISION);
		return (revision instanceof Number number) ? number.intValue() : 1;
	}

	private static Long longOf(Object value) {
		return (value instanceof Number number) ? number.longValue() : null;
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConflictException("The write was interrupted; try it again.", null);
		}
	}

}
