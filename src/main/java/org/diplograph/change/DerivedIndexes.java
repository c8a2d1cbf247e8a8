package org.diplograph.change;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.DerivedFromKnowledge;
import org.diplograph.common.FeedPosition;
import org.diplograph.common.KnowledgeChangedEvent;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the derived indexes (search, link graph) up before the server takes requests:
 * each opens its saved copy and catches up from the change feed, unless the copy is
 * missing, unreadable or of other data (another database, seed or wholesale change, or a
 * position the feed does not have), in which case those indexes are rebuilt together from
 * one read of the data. Rebuilds them all after a wholesale change, and saves them with
 * the position they reflect every {@code diplograph.indexes.save-interval} and at
 * shutdown.
 */
@Component
class DerivedIndexes implements SmartInitializingSingleton, DisposableBean {

	/** Changes to catch up with above which a rebuild is cheaper. */
	private static final int CATCH_UP_AT_MOST = 5000;

	private static final Logger logger = LoggerFactory.getLogger(DerivedIndexes.class);

	private final List<DerivedFromKnowledge> derived;

	private final MongoTemplate mongo;

	private final ChangeFeed feed;

	private final ChangeLog log;

	private final ChangeWrites writes;

	private final ChangeFeedFollower follower;

	/** What the indexes were last built or opened from; null until they were. */
	private volatile FeedPosition base;

	/** The indexes keeping copies the start opened from them, and the ones it rebuilt. */
	private volatile Started started = new Started(List.of(), List.of());

	DerivedIndexes(List<DerivedFromKnowledge> derived, MongoTemplate mongo, ChangeFeed feed, ChangeLog log,
			ChangeWrites writes, ChangeFeedFollower follower) {
		this.derived = derived;
		this.mongo = mongo;
		this.feed = feed;
		this.log = log;
		this.writes = writes;
		this.follower = follower;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			start();
		}
		catch (DataAccessException | MongoException ex) {
			logger.warn("The search index and link graph are not built: the database is unavailable ({})",
					ex.getClass().getSimpleName());
		}
	}

	private synchronized void start() {
		long began = System.nanoTime();
		FeedPosition now = current();
		List<DerivedFromKnowledge> stale = new ArrayList<>();
		for (DerivedFromKnowledge index : this.derived) {
			FeedPosition saved = index.openSaved();
			Set<String> touched = (saved != null) ? catchUp(saved, now) : null;
			if (touched == null) {
				stale.add(index);
				continue;
			}
			if (!touched.isEmpty()) {
				index.updateEntries(touched);
			}
			index.saveAt(now);
			logger.info("{} caught up from change {} to {}: {} documents", index.name(), saved.seq(), now.seq(),
					touched.size());
		}
		if (!stale.isEmpty()) {
			rebuild(stale, now);
		}
		this.base = now;
		// what keeps no copy (a snapshot made when first asked for) is simply built
		List<String> opened = this.derived.stream()
			.filter((index) -> index.keepsCopy() && !stale.contains(index))
			.map(DerivedFromKnowledge::name)
			.toList();
		List<String> rebuilt = stale.stream()
			.filter(DerivedFromKnowledge::keepsCopy)
			.map(DerivedFromKnowledge::name)
			.toList();
		this.started = new Started(opened, rebuilt);
		logger.info("Derived indexes ready in {} ms: opened {}, rebuilt {}", (System.nanoTime() - began) / 1_000_000,
				opened, rebuilt);
	}

	Started started() {
		return this.started;
	}

	@EventListener
	public void onKnowledgeChanged(KnowledgeChangedEvent event) {
		try {
			synchronized (this) {
				FeedPosition now = current();
				rebuild(this.derived, now);
				this.base = now;
			}
		}
		catch (DataAccessException | MongoException ex) {
			logger.warn("The search index and link graph are not rebuilt: the database is unavailable ({})",
					ex.getClass().getSimpleName());
		}
	}

	private void rebuild(List<DerivedFromKnowledge> indexes, FeedPosition at) {
		try {
			KnowledgeScan.run(this.mongo, indexes.stream().map(DerivedFromKnowledge::startRebuild).toList());
		}
		catch (RuntimeException ex) {
			indexes.forEach(DerivedFromKnowledge::rebuildFailed);
			throw ex;
		}
		indexes.forEach((index) -> index.saveAt(at));
	}

	/**
	 * Saves each index as reflecting the feed as far as this instance has applied it,
	 * unless one of its own writes is still on its way into them.
	 */
	@Scheduled(initialDelayString = "${diplograph.indexes.save-interval:30s}",
			fixedDelayString = "${diplograph.indexes.save-interval:30s}")
	synchronized void save() {
		FeedPosition from = this.base;
		long applied = this.follower.applied();
		if (from == null || this.writes.applying() > 0
				|| this.derived.stream().noneMatch(DerivedFromKnowledge::keepsCopy)) {
			return;
		}
		try {
			long seq = Math.max(applied, from.seq());
			FeedPosition position = from.at(seq, atOf(seq));
			this.derived.forEach((index) -> index.saveAt(position));
		}
		catch (DataAccessException | MongoException ex) {
			logger.debug("Derived indexes not saved: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		save();
	}

	/**
	 * The documents changed since the saved position, or null when the copy must not be
	 * trusted or a rebuild is cheaper.
	 */
	private Set<String> catchUp(FeedPosition saved, FeedPosition now) {
		String mismatch = saved.mismatch(now);
		if (mismatch == null && !saved.seqAt().equals(atOf(saved.seq()))) {
			mismatch = "another change under the same number";
		}
		if (mismatch != null) {
			logger.info("A saved copy at change {} reflects {}: rebuilt", saved.seq(), mismatch);
			return null;
		}
		Set<String> touched = new LinkedHashSet<>();
		long through = saved.seq();
		while (through < now.seq()) {
			ChangeFeed.Page page = this.feed.committedAfter(through, 1000);
			page.changes().forEach((change) -> touched.addAll(change.getList("touched", String.class, List.of())));
			if (page.through() == through || touched.size() > CATCH_UP_AT_MOST) {
				break;
			}
			through = page.through();
		}
		return (touched.size() > CATCH_UP_AT_MOST) ? null : touched;
	}

	/**
	 * Where the database is now: the committed feed, its last wholesale change, its seed.
	 */
	private FeedPosition current() {
		long seq = this.log.committedThrough();
		Document rebuilt = this.feed.lastRebuild();
		long epoch = (rebuilt != null) ? ((Number) rebuilt.get("epoch")).longValue() : 0;
		String epochAt = (rebuilt != null && rebuilt.getDate("at") != null)
				? rebuilt.getDate("at").toInstant().toString() : "";
		Document seed = this.mongo.findById("seed", Document.class, "seed_state");
		String seedHash = (seed != null && seed.getString("contentHash") != null) ? seed.getString("contentHash") : "";
		return new FeedPosition(seq, atOf(seq), epoch, epochAt, seedHash, this.writes.identity());
	}

	/**
	 * When change {@code seq} was recorded; empty for 0 and for a change the feed lacks.
	 */
	private String atOf(long seq) {
		Document change = (seq > 0) ? this.feed.findById(seq) : null;
		Date at = (change != null) ? change.getDate("at") : null;
		return (at != null) ? at.toInstant().toString() : "";
	}

	/** What a start did: the names of the indexes opened and of those rebuilt. */
	record Started(List<String> opened, List<String> rebuilt) {
	}

}
