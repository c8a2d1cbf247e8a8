package org.diplograph.change;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.diplograph.common.Indexes;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Reads the change log. The feed is its committed prefix: changes in sequence order up to
 * the first one still unfinished (or a number taken but not yet recorded), aborted ones
 * left out, so a reader paging by sequence never skips a change that commits late.
 */
@Repository
class ChangeFeed implements InitializingBean {

	private static final int BATCH = 200;

	private final MongoTemplate mongo;

	ChangeFeed(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		Indexes.ensure(this.mongo, ChangeWrites.CHANGES, List.of(new Index().on("subjectId", Sort.Direction.ASC),
				new Index().on("related", Sort.Direction.ASC), new Index().on("at", Sort.Direction.ASC)));
	}

	/**
	 * Up to {@code limit} committed changes after {@code after}, oldest first, stopping
	 * at the first unfinished one.
	 */
	Page committedAfter(long after, int limit) {
		List<Document> found = new ArrayList<>();
		long expected = after + 1;
		while (found.size() < limit) {
			List<Document> batch = this.mongo.find(
					Query.query(Criteria.where(Documents.ID).gte(expected)).with(Sort.by(Documents.ID)).limit(BATCH),
					Document.class, ChangeWrites.CHANGES);
			for (Document change : batch) {
				long seq = ((Number) change.get(Documents.ID)).longValue();
				String state = change.getString("state");
				if (seq != expected || !isFinal(state)) {
					return new Page(found, expected - 1, expected);
				}
				expected++;
				if (ChangeState.COMMITTED.name().equals(state)) {
					found.add(change);
					if (found.size() == limit) {
						return new Page(found, expected - 1, null);
					}
				}
			}
			if (batch.size() < BATCH) {
				Long taken = lastTaken();
				return new Page(found, expected - 1, (taken != null && taken >= expected) ? expected : null);
			}
		}
		return new Page(found, expected - 1, null);
	}

	/** The sequence number of the first change at or after the instant, or null. */
	Long firstAtOrAfter(Instant since) {
		Document first = this.mongo.findOne(
				Query.query(Criteria.where("at").gte(Date.from(since))).with(Sort.by(Documents.ID)).limit(1),
				Document.class, ChangeWrites.CHANGES);
		return (first != null) ? ((Number) first.get(Documents.ID)).longValue() : null;
	}

	/** The committed changes of these subjects, each's oldest first. */
	List<Document> historyOf(Collection<String> ids) {
		Criteria subject = new Criteria().orOperator(Criteria.where("subjectId").in(ids),
				Criteria.where("related").in(ids));
		return this.mongo.find(
				Query.query(subject.and("state").is(ChangeState.COMMITTED.name())).with(Sort.by(Documents.ID)),
				Document.class, ChangeWrites.CHANGES);
	}

	long count() {
		return this.mongo.count(Query.query(Criteria.where("state").is(ChangeState.COMMITTED.name())),
				ChangeWrites.CHANGES);
	}

	Document findById(long seq) {
		return this.mongo.findById(seq, Document.class, ChangeWrites.CHANGES);
	}

	/** Where the feed was last known to be committed up to; 0 at the start. */
	long checkpoint() {
		Document counter = this.mongo.findById(ChangeWrites.SEQUENCE, Document.class, ChangeWrites.COUNTERS);
		Object horizon = (counter != null) ? counter.get("horizon") : null;
		return (horizon instanceof Number number) ? number.longValue() : 0;
	}

	/** The last wholesale change of the data, or null before the first. */
	Document lastRebuild() {
		return this.mongo.findById(ChangeWrites.REBUILDS, Document.class, ChangeWrites.COUNTERS);
	}

	/** The last sequence number handed out, or null when none was. */
	Long lastTaken() {
		Document counter = this.mongo.findById(ChangeWrites.SEQUENCE, Document.class, ChangeWrites.COUNTERS);
		return (counter != null) ? ((Number) counter.get("seq")).longValue() : null;
	}

	private static boolean isFinal(String state) {
		return ChangeState.COMMITTED.name().equals(state) || ChangeState.ABORTED.name().equals(state);
	}

	/**
	 * Committed changes, the sequence number the reader has now seen up to, and the
	 * sequence number the feed is held at (an unfinished change or a gap), if any.
	 */
	record Page(List<Document> changes, long through, Long blockedAt) {
	}

}
