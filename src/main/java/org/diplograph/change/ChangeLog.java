package org.diplograph.change;

import java.time.Duration;
import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What a backup needs of the change log: how far it is committed, and the changes in a
 * range as recorded, to re-apply over a copy of the data taken while writes went on.
 */
@Component
public class ChangeLog {

	private final ChangeFeed feed;

	private final MongoTemplate mongo;

	ChangeLog(ChangeFeed feed, MongoTemplate mongo) {
		this.feed = feed;
		this.mongo = mongo;
	}

	/** The sequence number every change up to which is committed or aborted. */
	public long committedThrough() {
		long through = this.feed.checkpoint();
		ChangeFeed.Page page;
		do {
			page = this.feed.committedAfter(through, 1000);
			through = page.through();
		}
		while (page.changes().size() == 1000);
		return through;
	}

	/** The last sequence number handed out, 0 when none was. */
	public long lastTaken() {
		Long taken = this.feed.lastTaken();
		return (taken != null) ? taken : 0;
	}

	/**
	 * Waits until every change up to {@code seq} is committed or aborted, the ones still
	 * being written having finished (or been repaired); how far the log is then.
	 */
	public long awaitCommitted(long seq, Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		long through = committedThrough();
		while (through < seq && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			through = committedThrough();
		}
		return through;
	}

	/** The changes after {@code after} up to {@code through}, as recorded, in order. */
	public List<Document> recorded(long after, long through) {
		return this.mongo.find(Query.query(Criteria.where(Documents.ID).gt(after).lte(through))
			.with(org.springframework.data.domain.Sort.by(Documents.ID)), Document.class, ChangeWrites.CHANGES);
	}

}
