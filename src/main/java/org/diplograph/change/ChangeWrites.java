package org.diplograph.change;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.connection.ClusterType;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.ConflictException;
import org.diplograph.common.DocumentsChangedEvent;
import org.diplograph.common.NotFoundException;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Carries out every write as a logged change, the change log serving as a write-ahead
 * log:
 * <ol>
 * <li>take the next sequence number;</li>
 * <li>record the change, PENDING, with everything it will write;</li>
 * <li>lock each document it writes, conditional on the revision the writer read (a
 * document changed since is a CONFLICT naming its revision; one locked by another change
 * is waited for);</li>
 * <li>mark the change APPLYING: from here on it will be finished, whatever happens;</li>
 * <li>write the documents' content and the idempotent reverse-link updates;</li>
 * <li>mark it COMMITTED, unlock, and update this instance's derived indexes.</li>
 * </ol>
 * A crash leaves a PENDING change (undone by the repair: its locks released, its inserts
 * removed) or an APPLYING one (finished by the repair, every step being idempotent), so
 * the data and the log never drift apart. On a replica set the same steps run in one
 * MongoDB transaction and a crash leaves nothing to repair.
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

	private static final String SCHEMA = "schema";

	private static final String IDENTITY = "database";

	private static final int SCHEMA_VERSION = 2;

	private static final Logger logger = LoggerFactory.getLogger(ChangeWrites.class);

	private static final int TRANSACTION_ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final ChangeProperties properties;

	private final Clock clock;

	private final String instance = UUID.randomUUID().toString();

	private final AtomicInteger applying = new AtomicInteger();

	private volatile TransactionTemplate transactions;

	private volatile Boolean replicaSet;

	private final MongoClient client;

	ChangeWrites(MongoTemplate mongo, MongoClient client, ApplicationEventPublisher events,
			ChangeProperties properties) {
		this.mongo = mongo;
		this.client = client;
		this.events = events;
		this.properties = properties;
		this.clock = Clock.systemUTC();
	}

	/**
	 * Gives documents written before revisions existed their first revision, once: a
	 * write's lock is conditional on the revision.
	 */
	@Override
	public void afterPropertiesSet() {
		try {
			Query schema = Query.query(Criteria.where(Documents.ID).is(SCHEMA));
			Document version = this.mongo.findOne(schema, Document.class, COUNTERS);
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
				this.mongo.upsert(schema, Update.update("version", SCHEMA_VERSION), COUNTERS);
			}
		}
		catch (org.springframework.dao.DataAccessException ex) {
			logger.warn("Revisions not checked: the database is unavailable ({})", ex.getClass().getSimpleName());
		}
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
			Committed committed = usesTransactions() ? applyInTransaction(plan) : applyLogged(plan);
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
		Query identity = Query.query(Criteria.where(Documents.ID).is(IDENTITY));
		Document known = this.mongo.findOne(identity, Document.class, COUNTERS);
		if (known == null) {
			boolean holdsData = List.of(Links.ACTORS, Links.ARTICLES, Links.VISITS, Links.DEALS)
				.stream()
				.anyMatch((collection) -> this.mongo.getCollection(collection).estimatedDocumentCount() > 0);
			if (!holdsData) {
				return "empty";
			}
			this.mongo.upsert(identity, new Update().setOnInsert("name", UUID.randomUUID().toString()), COUNTERS);
			known = this.mongo.findOne(identity, Document.class, COUNTERS);
		}
		return known.getString("name");
	}

	/**
	 * Records that the data changed wholesale (a seed loaded in bulk, a backup restored),
	 * so that every instance rebuilds its derived indexes from scratch.
	 */
	public void markRebuild() {
		this.mongo.upsert(Query.query(Criteria.where(Documents.ID).is(REBUILDS)),
				new Update().inc("epoch", 1L).set("at", Date.from(this.clock.instant())).set("instance", this.instance),
				COUNTERS);
	}

	/**
	 * Remembers that the feed is committed up to {@code seq}, so the next instance to
	 * start reads the log from there rather than from its beginning.
	 */
	void checkpoint(long seq) {
		this.mongo.updateFirst(Query.query(Criteria.where(Documents.ID).is(SEQUENCE)), new Update().max("horizon", seq),
				COUNTERS);
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

	private Committed applyInTransaction(Plan plan) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> applyLogged(plan));
			}
			catch (RuntimeException ex) {
				if (attempt >= TRANSACTION_ATTEMPTS || !isTransient(ex)) {
					throw ex;
				}
				logger.debug("Retrying change {} after a transient transaction error", plan.subjectId());
			}
		}
	}

	private Committed applyLogged(Plan plan) {
		return applyLogged(plan, null);
	}

	/**
	 * The steps of a write; {@code crashAfter} stops it there as a crash would, leaving
	 * what it wrote so far (for the tests of the repair).
	 */
	Committed applyLogged(Plan plan, Step crashAfter) {
		long seq = nextSeq();
		crash(crashAfter, Step.SEQUENCE);
		Document change = record(plan, seq);
		this.mongo.insert(change, CHANGES);
		crash(crashAfter, Step.RECORD);
		List<Plan.Op> locked = new ArrayList<>();
		try {
			for (Plan.Op op : plan.ops()) {
				lock(op, seq);
				locked.add(op);
			}
		}
		catch (RuntimeException ex) {
			release(seq, locked);
			transition(seq, State.PENDING, State.ABORTED);
			throw ex;
		}
		crash(crashAfter, Step.LOCK);
		if (!transition(seq, State.PENDING, State.APPLYING)) {
			// the repair took this change for the remains of a crash and undid it
			release(seq, locked);
			throw new ConflictException("The write took too long and was abandoned; try it again.", null);
		}
		crash(crashAfter, Step.APPLYING);
		for (Plan.Op op : plan.ops()) {
			writeContent(op, seq, plan.curating(), true);
		}
		crash(crashAfter, Step.CONTENT);
		effectsOf(change).forEach(this::applyEffect);
		transition(seq, State.APPLYING, State.COMMITTED);
		crash(crashAfter, Step.COMMIT);
		unlock(seq, plan.ops());
		return new Committed(seq);
	}

	private static void crash(Step crashAfter, Step step) {
		if (crashAfter == step) {
			throw new SimulatedCrash(step);
		}
	}

	/** The change as recorded: PENDING, with every document write and effect. */
	private Document record(Plan plan, long seq) {
		List<Plan.Effect> effects = new ArrayList<>(plan.effects());
		if (plan.curating()) {
			for (Plan.Op op : plan.ops()) {
				if (op.kind() == Plan.Op.Kind.DELETE) {
					// what was deleted through the API stays deleted: no seed reload
					// brings it
					// back
					effects.add(new Plan.Effect(TOMBSTONES, new Document(Documents.ID, op.id()), Plan.Effect.SET, null,
							new Document("by", plan.author()).append("seq", seq), true, false));
				}
			}
		}
		return new Document(Documents.ID, seq).append("state", State.PENDING.name())
			.append("at", Date.from(this.clock.instant()))
			.append("by", plan.author())
			.append("action", plan.action().name())
			.append("subjectId", plan.subjectId())
			.append("revision", plan.revision())
			.append("fields", plan.fieldList())
			.append("note", plan.noteText())
			.append("related", plan.relatedIds())
			.append("touched", List.copyOf(plan.touched()))
			.append("instance", this.instance)
			.append("curate", plan.curating())
			.append("ops", plan.ops().stream().map(Plan.Op::toBson).toList())
			.append("effects", effects.stream().map(Plan.Effect::toBson).toList());
	}

	private static List<Plan.Effect> effectsOf(Document change) {
		return change.getList("effects", Document.class).stream().map(Plan.Effect::fromBson).toList();
	}

	private long nextSeq() {
		Document counter = this.mongo.findAndModify(Query.query(Criteria.where(Documents.ID).is(SEQUENCE)),
				new Update().inc("seq", 1L).set("at", Date.from(this.clock.instant())),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COUNTERS);
		return ((Number) counter.get("seq")).longValue();
	}

	/**
	 * Locks the document for the change: an insert writes it locked; an update or delete
	 * locks it only at the expected revision, waiting while another change holds it.
	 */
	private void lock(Plan.Op op, long seq) {
		if (op.kind() == Plan.Op.Kind.INSERT) {
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
				requireRevision(op.id(), revision, op.expectedRevision());
			}
			if (holder != null && settleLock(holder, op)) {
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
	private boolean settleLock(long holder, Plan.Op op) {
		Document change = this.mongo.findById(holder, Document.class, CHANGES);
		State state = (change != null) ? State.valueOf(change.getString("state")) : State.ABORTED;
		if (state == State.COMMITTED || state == State.ABORTED) {
			this.mongo.updateFirst(
					Query.query(Criteria.where(Documents.ID).is(op.id()).and(Documents.PENDING_CHANGE).is(holder)),
					new Update().unset(Documents.PENDING_CHANGE), op.collection());
			return true;
		}
		if (isStale(change)) {
			repair(holder);
			return true;
		}
		return false;
	}

	private boolean isStale(Document change) {
		Date at = change.getDate("at");
		return at == null || !at.toInstant().isAfter(this.clock.instant().minus(this.properties.repairAfter()));
	}

	/** Writes the content, applies the effects, commits and unlocks: all idempotent. */
	private void finish(long seq, List<Plan.Op> ops, List<Plan.Effect> effects, boolean curate) {
		for (Plan.Op op : ops) {
			writeContent(op, seq, curate, true);
		}
		effects.forEach(this::applyEffect);
		transition(seq, State.APPLYING, State.COMMITTED);
		unlock(seq, ops);
	}

	/**
	 * The content of one document write; {@code locked} restricts it to the document this
	 * change holds (a replayed backup has no locks).
	 */
	private void writeContent(Plan.Op op, long seq, boolean curate, boolean locked) {
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
						.replaceOne(new Document(Documents.ID, op.id()), document,
								new com.mongodb.client.model.ReplaceOptions().upsert(true));
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

	private void applyEffect(Plan.Effect effect) {
		Query query = new BasicQuery(effect.filter());
		Update update = new Update();
		switch (effect.operator()) {
			case Plan.Effect.ADD_TO_SET -> update.addToSet(effect.field(), effect.value());
			case Plan.Effect.PULL -> update.pull(effect.field(), effect.value());
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

	/** Frees the documents an unfinished change locked, removing those it inserted. */
	private void release(long seq, Collection<Plan.Op> ops) {
		for (Plan.Op op : ops) {
			Query held = Query.query(Criteria.where(Documents.ID).is(op.id()).and(Documents.PENDING_CHANGE).is(seq));
			if (op.kind() == Plan.Op.Kind.INSERT) {
				this.mongo.remove(held, op.collection());
			}
			else {
				this.mongo.updateFirst(held, new Update().unset(Documents.PENDING_CHANGE), op.collection());
			}
		}
	}

	private void unlock(long seq, List<Plan.Op> ops) {
		Map<String, List<String>> idsByCollection = new LinkedHashMap<>();
		for (Plan.Op op : ops) {
			if (op.kind() != Plan.Op.Kind.DELETE) {
				idsByCollection.computeIfAbsent(op.collection(), (key) -> new ArrayList<>()).add(op.id());
			}
		}
		idsByCollection.forEach((collection, ids) -> this.mongo.updateMulti(
				Query.query(Criteria.where(Documents.ID).in(ids).and(Documents.PENDING_CHANGE).is(seq)),
				new Update().unset(Documents.PENDING_CHANGE), collection));
	}

	private boolean transition(long seq, State from, State to) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where(Documents.ID).is(seq).and("state").is(from.name())),
					Update.update("state", to.name()), CHANGES)
			.getMatchedCount() == 1;
	}

	/**
	 * Settles an unfinished change: one still PENDING is undone, one APPLYING is
	 * finished. Safe to run while its writer is still at work, since every transition is
	 * conditional and every step idempotent.
	 */
	void repair(long seq) {
		Document change = this.mongo.findById(seq, Document.class, CHANGES);
		if (change == null) {
			fillGap(seq);
			return;
		}
		List<Plan.Op> ops = change.getList("ops", Document.class).stream().map(Plan.Op::fromBson).toList();
		State state = State.valueOf(change.getString("state"));
		if (state == State.PENDING && transition(seq, State.PENDING, State.ABORTED)) {
			release(seq, ops);
			logger.warn("Undid change {} ({} of {}), left unfinished by a crash", seq, change.getString("action"),
					change.getString("subjectId"));
		}
		else if (state == State.APPLYING || state == State.PENDING) {
			finish(seq, ops, effectsOf(change), change.getBoolean("curate", true));
			logger.warn("Finished change {} ({} of {}), left unfinished by a crash", seq, change.getString("action"),
					change.getString("subjectId"));
			publish(Set.copyOf(change.getList("touched", String.class)));
		}
	}

	/**
	 * Marks a sequence number that was taken but never recorded (a writer that stopped in
	 * between) as aborted, so the feed can go past it; a writer still about to record it
	 * then fails on the duplicate and retries with a new number.
	 */
	private void fillGap(long seq) {
		try {
			this.mongo.insert(new Document(Documents.ID, seq).append("state", State.ABORTED.name())
				.append("at", Date.from(this.clock.instant()))
				.append("gap", true), CHANGES);
			logger.warn("Sequence number {} was taken but never recorded; marked as aborted", seq);
		}
		catch (DuplicateKeyException ex) {
			// its writer recorded it after all
		}
	}

	/**
	 * Finishes a restore: the changes a backup recorded while it copied the data are
	 * applied again in order (committed ones re-applied, aborted ones undone), which
	 * brings every document to its state at the end of the backup; then every lock left
	 * in the copy is cleared, the sequence continues after the backup's, and every
	 * instance rebuilds its indexes.
	 */
	public void restoreTail(List<Document> tail, long through) {
		for (Document change : tail) {
			long seq = ((Number) change.get(Documents.ID)).longValue();
			this.mongo.getCollection(CHANGES)
				.replaceOne(new Document(Documents.ID, seq), change,
						new com.mongodb.client.model.ReplaceOptions().upsert(true));
			if (State.COMMITTED.name().equals(change.getString("state"))) {
				replay(change);
			}
			else {
				release(seq, change.getList("ops", Document.class, List.of()).stream().map(Plan.Op::fromBson).toList());
			}
		}
		for (String collection : List.of(Links.ACTORS, Links.ARTICLES, Links.VISITS, Links.DEALS, Links.ENGAGEMENTS,
				CANDIDATES)) {
			this.mongo.updateMulti(Query.query(Criteria.where(Documents.PENDING_CHANGE).exists(true)),
					new Update().unset(Documents.PENDING_CHANGE), collection);
		}
		this.mongo.upsert(Query.query(Criteria.where(Documents.ID).is(SEQUENCE)),
				new Update().max("seq", through).max("horizon", through), COUNTERS);
		markRebuild();
	}

	/**
	 * Re-applies a committed change from a backup's log, without locks: documents as the
	 * change left them, effects again. Applying the changes after a backup's start in
	 * order gives the state at its end.
	 */
	void replay(Document change) {
		long seq = ((Number) change.get(Documents.ID)).longValue();
		List<Plan.Op> ops = change.getList("ops", Document.class).stream().map(Plan.Op::fromBson).toList();
		for (Plan.Op op : ops) {
			writeContent(op, seq, change.getBoolean("curate", true), false);
		}
		effectsOf(change).forEach(this::applyEffect);
	}

	/**
	 * Whether writes run in MongoDB transactions: on a replica set or sharded cluster.
	 */
	boolean usesTransactions() {
		Boolean known = this.replicaSet;
		if (known == null) {
			known = detectReplicaSet();
			if (known != null) {
				this.replicaSet = known;
				if (known) {
					this.transactions = new TransactionTemplate(
							new MongoTransactionManager(this.mongo.getMongoDatabaseFactory()));
					logger.info("The database is a replica set: each change is written in one transaction");
				}
				else {
					logger.info("The database has no transactions: changes are written in logged steps,"
							+ " repaired after a crash");
				}
			}
		}
		return Boolean.TRUE.equals(known);
	}

	/**
	 * Whether the server is a replica set or sharded cluster, as the driver sees it once
	 * connected; null while it cannot tell.
	 */
	private Boolean detectReplicaSet() {
		try {
			this.mongo.executeCommand(new Document("ping", 1));
			ClusterType type = this.client.getClusterDescription().getType();
			return (type == ClusterType.UNKNOWN) ? null
					: (type == ClusterType.REPLICA_SET || type == ClusterType.SHARDED);
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return null;
		}
	}

	private static boolean isTransient(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MongoException mongo
					&& (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
							|| mongo.hasErrorLabel(MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL))) {
				return true;
			}
		}
		return false;
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

	Instant now() {
		return this.clock.instant();
	}

	/** The steps of a write, in order, where a test may stop it. */
	enum Step {

		SEQUENCE, RECORD, LOCK, APPLYING, CONTENT, COMMIT

	}

	/** A write stopped on purpose after a step, as a crash would stop it. */
	static final class SimulatedCrash extends RuntimeException {

		SimulatedCrash(Step step) {
			super("stopped after " + step);
		}

	}

	/** Where a change is in its life. */
	enum State {

		PENDING, APPLYING, COMMITTED, ABORTED

	}

}
