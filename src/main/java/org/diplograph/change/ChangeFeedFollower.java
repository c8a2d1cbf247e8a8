package org.diplograph.change;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import com.mongodb.MongoException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.KnowledgeChangedEvent;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Follows the change feed, so that every instance sharing the database serves the writes
 * made on the others within the poll interval: each change another instance committed
 * updates the entries it touched in this instance's derived indexes, and a wholesale
 * change (a seed loaded in bulk, a backup restored) rebuilds them. It also settles
 * changes a crash left unfinished once they are old enough, and keeps the feed's
 * checkpoint.
 */
@Component
class ChangeFeedFollower implements InitializingBean, SchedulingConfigurer {

	/** Changes read in one go; more than a rebuild costs, and they are read again. */
	private static final int BATCH = 1000;

	/** Documents touched in one poll above which a full rebuild is cheaper. */
	private static final int REBUILD_ABOVE = 5000;

	private static final Logger logger = LoggerFactory.getLogger(ChangeFeedFollower.class);

	private final ChangeFeed feed;

	private final ChangeWrites writes;

	private final ChangeProperties properties;

	private final ApplicationEventPublisher events;

	private volatile long seen = -1;

	private volatile Long rebuildEpoch;

	private Long blockedAt;

	private Instant blockedSince;

	ChangeFeedFollower(ChangeFeed feed, ChangeWrites writes, ChangeProperties properties,
			ApplicationEventPublisher events) {
		this.feed = feed;
		this.writes = writes;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Finds where the feed stands before the derived indexes are first built, so a change
	 * committed while they build is read again rather than missed.
	 */
	@Override
	public void afterPropertiesSet() {
		try {
			start();
		}
		catch (DataAccessException | MongoException ex) {
			logger.warn("The change feed is not followed yet: the database is unavailable ({})",
					ex.getClass().getSimpleName());
		}
	}

	private void start() {
		this.rebuildEpoch = epochOf(this.feed.lastRebuild());
		long from = this.feed.checkpoint();
		ChangeFeed.Page page;
		do {
			page = this.feed.committedAfter(from, BATCH);
			from = page.through();
		}
		while (page.changes().size() == BATCH);
		this.seen = from;
		settle(page);
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(
				new FixedDelayTask(this::poll, this.properties.pollInterval(), this.properties.pollInterval()));
	}

	void poll() {
		try {
			if (this.seen < 0) {
				// started while the database was away: build everything now it is back
				start();
				this.events.publishEvent(new KnowledgeChangedEvent("the database is back"));
				return;
			}
			Document lastRebuild = this.feed.lastRebuild();
			Long epoch = epochOf(lastRebuild);
			// a wholesale change this instance made is in its indexes already
			boolean rebuild = epoch != null && !epoch.equals(this.rebuildEpoch)
					&& !this.writes.instance().equals(lastRebuild.getString("instance"));
			this.rebuildEpoch = epoch;
			Set<String> touched = new LinkedHashSet<>();
			ChangeFeed.Page page;
			do {
				page = this.feed.committedAfter(this.seen, BATCH);
				for (Document change : page.changes()) {
					if (!this.writes.instance().equals(change.getString("instance"))) {
						touched.addAll(change.getList("touched", String.class, java.util.List.of()));
					}
				}
				this.seen = page.through();
			}
			while (page.changes().size() == BATCH);
			if (rebuild || touched.size() > REBUILD_ABOVE) {
				this.events.publishEvent(new KnowledgeChangedEvent("the change feed"));
			}
			else {
				this.writes.publish(touched);
			}
			this.writes.checkpoint(this.seen);
			settle(page);
		}
		catch (DataAccessException | MongoException ex) {
			logger.debug("Change feed not read: {}", ex.getMessage());
		}
	}

	/**
	 * Repairs the change the feed is held at, once it has held it longer than a writer
	 * can take: an unfinished change or a number taken but never recorded.
	 */
	private void settle(ChangeFeed.Page page) {
		Long blocker = page.blockedAt();
		if (blocker == null) {
			this.blockedAt = null;
			return;
		}
		Instant now = this.writes.now();
		if (!blocker.equals(this.blockedAt)) {
			this.blockedAt = blocker;
			this.blockedSince = now;
		}
		Document change = this.feed.findById(blocker);
		Instant threshold = now.minus(this.properties.repairAfter());
		boolean oldRecord = change != null && change.getDate("at") != null
				&& !change.getDate("at").toInstant().isAfter(threshold);
		boolean heldLong = !this.blockedSince.isAfter(threshold);
		if (oldRecord || heldLong) {
			this.writes.repair(blocker);
			this.blockedAt = null;
		}
	}

	private static Long epochOf(Document rebuild) {
		return (rebuild != null) ? ((Number) rebuild.get("epoch")).longValue() : null;
	}

	/** How far this instance has read the feed. */
	long seen() {
		return this.seen;
	}

}
