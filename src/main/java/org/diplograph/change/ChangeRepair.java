package org.diplograph.change;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Settles what a crash left unfinished (a PENDING change is undone, an APPLYING one
 * finished) and replays the changes a backup recorded while it copied the data: every
 * step conditional or idempotent, so it is safe while a writer is still at work.
 */
final class ChangeRepair {

	private static final Logger logger = LoggerFactory.getLogger(ChangeRepair.class);

	private final MongoTemplate mongo;

	private final ChangeLogEntries entries;

	private final DocumentLocks locks;

	private final DocumentContent content;

	private final Consumer<Set<String>> publish;

	ChangeRepair(MongoTemplate mongo, ChangeLogEntries entries, DocumentLocks locks, DocumentContent content,
			Consumer<Set<String>> publish) {
		this.mongo = mongo;
		this.entries = entries;
		this.locks = locks;
		this.content = content;
		this.publish = publish;
	}

	/**
	 * Settles an unfinished change: one still PENDING is undone, one APPLYING is
	 * finished. Safe to run while its writer is still at work, since every transition is
	 * conditional and every step idempotent.
	 */
	void repair(long seq) {
		Document change = this.entries.find(seq);
		if (change == null) {
			this.entries.fillGap(seq);
			return;
		}
		List<DocumentWrite> ops = ChangeLogEntries.opsOf(change);
		ChangeState state = ChangeState.valueOf(change.getString("state"));
		if (state == ChangeState.PENDING && this.entries.transition(seq, ChangeState.PENDING, ChangeState.ABORTED)) {
			this.locks.release(seq, ops);
			logger.warn("Undid change {} ({} of {}), left unfinished by a crash", seq, change.getString("action"),
					change.getString("subjectId"));
		}
		else if (state == ChangeState.APPLYING || state == ChangeState.PENDING) {
			finish(seq, ops, ChangeLogEntries.effectsOf(change), change.getBoolean("curate", true));
			logger.warn("Finished change {} ({} of {}), left unfinished by a crash", seq, change.getString("action"),
					change.getString("subjectId"));
			this.publish.accept(Set.copyOf(change.getList("touched", String.class)));
		}
	}

	/** Writes the content, applies the effects, commits and unlocks: all idempotent. */
	private void finish(long seq, List<DocumentWrite> ops, List<Effect> effects, boolean curate) {
		for (DocumentWrite op : ops) {
			this.content.write(op, seq, curate, true);
		}
		effects.forEach(this.content::apply);
		this.entries.transition(seq, ChangeState.APPLYING, ChangeState.COMMITTED);
		this.locks.unlock(seq, ops);
	}

	/**
	 * Applies again, in order, the changes a backup recorded while it copied the data
	 * (committed ones re-applied, aborted ones undone), which brings every document to
	 * its state at the end of the backup, and clears every lock left in the copy.
	 */
	void replayTail(List<Document> tail, List<String> lockedCollections) {
		for (Document change : tail) {
			long seq = ((Number) change.get(Documents.ID)).longValue();
			this.mongo.getCollection(ChangeWrites.CHANGES)
				.replaceOne(new Document(Documents.ID, seq), change, new ReplaceOptions().upsert(true));
			if (ChangeState.COMMITTED.name().equals(change.getString("state"))) {
				replay(change);
			}
			else {
				this.locks.release(seq, ChangeLogEntries.opsOf(change));
			}
		}
		this.locks.clearAll(lockedCollections);
	}

	/**
	 * Re-applies a committed change from a backup's log, without locks: documents as the
	 * change left them, effects again. Applying the changes after a backup's start in
	 * order gives the state at its end.
	 */
	private void replay(Document change) {
		long seq = ((Number) change.get(Documents.ID)).longValue();
		for (DocumentWrite op : ChangeLogEntries.opsOf(change)) {
			this.content.write(op, seq, change.getBoolean("curate", true), false);
		}
		ChangeLogEntries.effectsOf(change).forEach(this.content::apply);
	}

}
