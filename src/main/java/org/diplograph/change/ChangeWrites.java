package org.diplograph.change;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.ConflictException;
import org.diplograph.common.DocumentsChangedEvent;
import org.diplograph.common.NotFoundException;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Carries out every write as a logged change and keeps the change log's records: each
 * change is recorded before anything is written and then applied in steps that a repair
 * can undo or finish after a crash ({@link WriteAheadLog}, {@link ChangeRepair}); on a
 * replica set the same steps run in one MongoDB transaction ({@link Transactions}) and a
 * crash leaves nothing to repair. Writes made from a stale read are refused by their
 * revision.
 */
@Component
public class ChangeWrites implements InitializingBean {

	static final String CHANGES = "changes";

	static final String COUNTERS = "counters";

	static final String SEQUENCE = "changes";

	/** The IDs deleted through the API, which no seed reload brings back. */
	public static final String TOMBSTONES = "tombstones";

	static final String REBUILDS = "rebuilds";

	/** Proposals of imported articles, locked by the changes that decide them. */
	private static final String CANDIDATES = "candidates";

	/** The collections whose documents a change locks. */
	private static final List<String> LOCKED = List.of(Links.ACTORS, Links.ARTICLES, Links.VISITS, Links.DEALS,
			Links.ENGAGEMENTS, CANDIDATES);

	private static final Logger logger = LoggerFactory.getLogger(ChangeWrites.class);

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String instance = UUID.randomUUID().toString();

	private final AtomicInteger applying = new AtomicInteger();

	private final Transactions transactions;

	private final ChangeCounters counters;

	private final WriteAheadLog log;

	private final ChangeRepair repairs;

	ChangeWrites(MongoTemplate mongo, MongoClient client, ApplicationEventPublisher events,
			ChangeProperties properties) {
		this.mongo = mongo;
		this.events = events;
		this.clock = Clock.systemUTC();
		this.transactions = new Transactions(mongo, client);
		this.counters = new ChangeCounters(mongo, this.clock, this.instance);
		ChangeLogEntries entries = new ChangeLogEntries(mongo, this.clock, this.instance);
		DocumentLocks locks = new DocumentLocks(mongo, properties, this.clock, this::repair);
		DocumentContent content = new DocumentContent(mongo);
		this.log = new WriteAheadLog(this.counters, entries, locks, content);
		this.repairs = new ChangeRepair(mongo, entries, locks, content, this::publish);
	}

	/**
	 * Gives documents written before revisions existed their first revision, once: a
	 * write's lock is conditional on the revision.
	 */
	@Override
	public void afterPropertiesSet() {
		this.counters.upgradeSchema();
	}

	/** A new plan for a change by {@code author} to the subject. */
	public Plan plan(ChangeAction action, String subjectId, String author) {
		return new Plan(this.mongo.getConverter(), action, subjectId, author);
	}

	/**
	 * Carries out the plan and records it; once this returns the change is committed and
	 * this instance's derived indexes show it.
	 * @throws ConflictException when a document changed since it was read, or stayed
	 * locked by another write
	 * @throws NotFoundException when a document to update or delete does not exist
	 */
	public Committed apply(Plan plan) {
		this.applying.incrementAndGet();
		try {
			Committed committed = usesTransactions()
					? this.transactions.run(() -> applyLogged(plan, null), plan.subjectId()) : applyLogged(plan, null);
			publish(plan.touched());
			return committed;
		}
		finally {
			this.applying.decrementAndGet();
		}
	}

	/**
	 * How many writes of this instance are under way: committed ones may not be in its
	 * derived indexes yet.
	 */
	int applying() {
		return this.applying.get();
	}

	/**
	 * A name this database keeps for as long as it lives, made the first time it holds
	 * knowledge; "empty" before (an empty database stays empty, as a restore needs it).
	 */
	String identity() {
		return this.counters.identity();
	}

	/**
	 * Records that the data changed wholesale (a seed loaded in bulk, a backup restored),
	 * so that every instance rebuilds its derived indexes from scratch.
	 */
	public void markRebuild() {
		this.counters.markRebuild();
	}

	/**
	 * Remembers that the feed is committed up to {@code seq}, so the next instance to
	 * start reads the log from there rather than from its beginning.
	 */
	void checkpoint(long seq) {
		this.counters.checkpoint(seq);
	}

	/**
	 * Refuses a write made from a stale read: a CONFLICT naming the revision the object
	 * has now.
	 */
	public static void requireRevision(String id, int current, int expected) {
		if (current != expected) {
			throw new ConflictException(id + " is at revision " + current + ", not " + expected
					+ ": it changed since it was read. Reload it and apply the edit again.", current);
		}
	}

	/** The identity of this instance in the changes it records. */
	String instance() {
		return this.instance;
	}

	/** Tells this instance's derived indexes that these documents changed. */
	void publish(Set<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		try {
			this.events.publishEvent(new DocumentsChangedEvent(Set.copyOf(ids)));
		}
		catch (RuntimeException ex) {
			// the write is committed; the indexes catch up at the next rebuild
			logger.error("Derived indexes not updated for {}", ids, ex);
		}
	}

	/**
	 * The steps of a write; {@code crashAfter} stops it there as a crash would, leaving
	 * what it wrote so far (for the tests of the repair).
	 */
	Committed applyLogged(Plan plan, WriteAheadLog.Step crashAfter) {
		return this.log.apply(plan, crashAfter);
	}

	/**
	 * Settles an unfinished change: one still PENDING is undone, one APPLYING is
	 * finished. Safe to run while its writer is still at work, since every transition is
	 * conditional and every step idempotent.
	 */
	void repair(long seq) {
		this.repairs.repair(seq);
	}

	/**
	 * Finishes a restore: the changes a backup recorded while it copied the data are
	 * applied again in order (committed ones re-applied, aborted ones undone), which
	 * brings every document to its state at the end of the backup; then every lock left
	 * in the copy is cleared, the sequence continues after the backup's, and every
	 * instance rebuilds its indexes.
	 */
	public void restoreTail(List<Document> tail, long through) {
		this.repairs.replayTail(tail, LOCKED);
		this.counters.continueAfter(through);
		markRebuild();
	}

	/**
	 * Whether writes run in MongoDB transactions: on a replica set or sharded cluster.
	 */
	boolean usesTransactions() {
		return this.transactions.available();
	}

	Instant now() {
		return this.clock.instant();
	}

}
