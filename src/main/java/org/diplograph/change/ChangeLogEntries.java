package org.diplograph.change;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The write-ahead log entries of changes: recorded PENDING with everything a change will
 * write, moved on to APPLYING and COMMITTED or to ABORTED, and read back by the repair
 * and a restore.
 */
final class ChangeLogEntries {

	private static final Logger logger = LoggerFactory.getLogger(ChangeLogEntries.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final String instance;

	ChangeLogEntries(MongoTemplate mongo, Clock clock, String instance) {
		this.mongo = mongo;
		this.clock = clock;
		this.instance = instance;
	}

	/** Records the change, PENDING, with every document write and effect. */
	Document record(Plan plan, long seq) {
		Document change = entry(plan, seq);
		this.mongo.insert(change, ChangeWrites.CHANGES);
		return change;
	}

	/** The change as recorded: PENDING, with every document write and effect. */
	Document entry(Plan plan, long seq) {
		List<Effect> effects = new ArrayList<>(plan.effects());
		if (plan.curating()) {
			for (DocumentWrite op : plan.ops()) {
				if (op.kind() == DocumentWrite.Kind.DELETE) {
					// what was deleted through the API stays deleted: no seed reload
					// brings it back
					effects.add(new Effect(ChangeWrites.TOMBSTONES, new Document(Documents.ID, op.id()), Effect.SET,
							null, new Document("by", plan.author()).append("seq", seq), true, false));
				}
			}
		}
		return new Document(Documents.ID, seq).append("state", ChangeState.PENDING.name())
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
			.append("ops", plan.ops().stream().map(DocumentWrite::toBson).toList())
			.append("effects", effects.stream().map(Effect::toBson).toList());
	}

	/** Moves the change on, if it is still where {@code from} says; whether it was. */
	boolean transition(long seq, ChangeState from, ChangeState to) {
		return this.mongo
			.updateFirst(Query.query(Criteria.where(Documents.ID).is(seq).and("state").is(from.name())),
					Update.update("state", to.name()), ChangeWrites.CHANGES)
			.getMatchedCount() == 1;
	}

	/**
	 * Marks a sequence number that was taken but never recorded (a writer that stopped in
	 * between) as aborted, so the feed can go past it; a writer still about to record it
	 * then fails on the duplicate and retries with a new number.
	 */
	void fillGap(long seq) {
		try {
			this.mongo.insert(new Document(Documents.ID, seq).append("state", ChangeState.ABORTED.name())
				.append("at", Date.from(this.clock.instant()))
				.append("gap", true), ChangeWrites.CHANGES);
			logger.warn("Sequence number {} was taken but never recorded; marked as aborted", seq);
		}
		catch (DuplicateKeyException ex) {
			// its writer recorded it after all
		}
	}

	/** The recorded change of that number, or null. */
	Document find(long seq) {
		return this.mongo.findById(seq, Document.class, ChangeWrites.CHANGES);
	}

	/** The document writes a recorded change makes. */
	static List<DocumentWrite> opsOf(Document change) {
		return change.getList("ops", Document.class, List.of()).stream().map(DocumentWrite::fromBson).toList();
	}

	/** The effects a recorded change applies. */
	static List<Effect> effectsOf(Document change) {
		return change.getList("effects", Document.class).stream().map(Effect::fromBson).toList();
	}

}
