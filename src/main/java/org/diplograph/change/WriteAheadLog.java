package org.diplograph.change;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;

import org.diplograph.common.ConflictException;

/**
 * Carries out one change in steps, the change log serving as a write-ahead log:
 * <ol>
 * <li>take the next sequence number;</li>
 * <li>record the change, PENDING, with everything it will write;</li>
 * <li>lock each document it writes, conditional on the revision the writer read (a
 * document changed since is a CONFLICT naming its revision; one locked by another change
 * is waited for);</li>
 * <li>mark the change APPLYING: from here on it will be finished, whatever happens;</li>
 * <li>write the documents' content and the idempotent reverse-link updates;</li>
 * <li>mark it COMMITTED and unlock.</li>
 * </ol>
 * A crash leaves a PENDING change (undone by the repair: its locks released, its inserts
 * removed) or an APPLYING one (finished by the repair, every step being idempotent), so
 * the data and the log never drift apart.
 */
final class WriteAheadLog {

	private final ChangeCounters counters;

	private final ChangeLogEntries entries;

	private final DocumentLocks locks;

	private final DocumentContent content;

	WriteAheadLog(ChangeCounters counters, ChangeLogEntries entries, DocumentLocks locks, DocumentContent content) {
		this.counters = counters;
		this.entries = entries;
		this.locks = locks;
		this.content = content;
	}

	/**
	 * The steps of a write; {@code crashAfter} stops it there as a crash would, leaving
	 * what it wrote so far (for the tests of the repair), null runs them all.
	 */
	Committed apply(Plan plan, Step crashAfter) {
		long seq = this.counters.nextSeq();
		crash(crashAfter, Step.SEQUENCE);
		Document change = this.entries.record(plan, seq);
		crash(crashAfter, Step.RECORD);
		List<DocumentWrite> locked = new ArrayList<>();
		try {
			for (DocumentWrite op : plan.ops()) {
				this.locks.lock(op, seq);
				locked.add(op);
			}
		}
		catch (RuntimeException ex) {
			this.locks.release(seq, locked);
			this.entries.transition(seq, ChangeState.PENDING, ChangeState.ABORTED);
			throw ex;
		}
		crash(crashAfter, Step.LOCK);
		if (!this.entries.transition(seq, ChangeState.PENDING, ChangeState.APPLYING)) {
			// the repair took this change for the remains of a crash and undid it
			this.locks.release(seq, locked);
			throw new ConflictException("The write took too long and was abandoned; try it again.", null);
		}
		crash(crashAfter, Step.APPLYING);
		for (DocumentWrite op : plan.ops()) {
			this.content.write(op, seq, plan.curating(), true);
		}
		crash(crashAfter, Step.CONTENT);
		ChangeLogEntries.effectsOf(change).forEach(this.content::apply);
		this.entries.transition(seq, ChangeState.APPLYING, ChangeState.COMMITTED);
		crash(crashAfter, Step.COMMIT);
		this.locks.unlock(seq, plan.ops());
		return new Committed(seq);
	}

	private static void crash(Step crashAfter, Step step) {
		if (crashAfter == step) {
			throw new SimulatedCrash(step);
		}
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

}
