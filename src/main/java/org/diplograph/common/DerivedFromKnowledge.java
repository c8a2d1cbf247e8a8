package org.diplograph.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;

/**
 * Something kept in memory (and, where it can be, on disk) and built from the whole
 * knowledge base: built from one read of the database shared with the others, or opened
 * from its saved copy and brought up to date from the change feed; updated entry by entry
 * when documents change. An update that failed (the database away) makes the saved copy
 * untrustworthy: it is discarded, so the next start rebuilds.
 */
public abstract class DerivedFromKnowledge {

	private static final Logger logger = LoggerFactory.getLogger(DerivedFromKnowledge.class);

	private volatile boolean missedUpdate;

	/**
	 * The IDs changed while a rebuild reads the data, updated again once it is in place.
	 */
	private volatile Set<String> changedDuringRebuild;

	@EventListener
	public void onDocumentsChanged(DocumentsChangedEvent event) {
		Set<String> during = this.changedDuringRebuild;
		if (during != null) {
			during.addAll(event.ids());
		}
		try {
			update(event.ids());
		}
		catch (DataAccessException ex) {
			this.missedUpdate = true;
			logger.warn("{} not updated: the database is unavailable ({}); rebuilt at the next change of the data "
					+ "or start", name(), ex.getClass().getSimpleName());
		}
	}

	/**
	 * Starts a rebuild: the documents go to {@link Rebuild#add}, then it is swapped in
	 * and the documents changed meanwhile are updated in it.
	 */
	public final Rebuild startRebuild() {
		this.missedUpdate = false;
		Set<String> during = ConcurrentHashMap.newKeySet();
		this.changedDuringRebuild = during;
		Rebuild rebuild = newRebuild();
		return new Rebuild() {

			@Override
			public void add(Object document) {
				rebuild.add(document);
			}

			@Override
			public boolean wantsDocuments() {
				return rebuild.wantsDocuments();
			}

			@Override
			public void finish() {
				rebuild.finish();
				DerivedFromKnowledge.this.changedDuringRebuild = null;
				if (!during.isEmpty()) {
					update(Set.copyOf(during));
				}
			}

		};
	}

	/** A rebuild did not finish: what is served stays, but no copy of it is trusted. */
	public final void rebuildFailed() {
		this.changedDuringRebuild = null;
		this.missedUpdate = true;
		discard();
	}

	/** Updates the entries of these documents, re-reading each by ID. */
	public final void updateEntries(Set<String> ids) {
		update(ids);
	}

	/**
	 * Opens the saved copy and serves it.
	 * @return the position it was saved at, or null when there is none to trust (missing,
	 * unreadable, or written by another version), in which case a rebuild must follow
	 */
	public final FeedPosition openSaved() {
		return restore();
	}

	/** Saves what is served now as reflecting {@code position}, where it keeps a copy. */
	public final void saveAt(FeedPosition position) {
		if (this.missedUpdate) {
			discard();
			return;
		}
		save(position);
	}

	public String name() {
		return getClass().getSimpleName();
	}

	/** Whether this keeps a copy to save. */
	public boolean keepsCopy() {
		return false;
	}

	protected abstract Rebuild newRebuild();

	/**
	 * Updates the entries of these documents, re-reading each by ID; an ID no longer
	 * found was deleted.
	 */
	protected abstract void update(Set<String> ids);

	/** Opens the saved copy, if this keeps one; see {@link #openSaved}. */
	protected FeedPosition restore() {
		return null;
	}

	protected void save(FeedPosition position) {
	}

	/** Forgets the saved copy, so the next start rebuilds. */
	protected void discard() {
	}

	/**
	 * A rebuild in progress: it is given every article, actor, visit, deal and engagement
	 * once, from its own thread, then finished.
	 */
	public interface Rebuild {

		void add(Object document);

		/** Swaps the rebuilt state in. */
		void finish();

		/**
		 * Whether it is given the documents; one that reads what it needs itself is not.
		 */
		default boolean wantsDocuments() {
			return true;
		}

		/**
		 * A rebuild that is given no documents and only runs {@code then} once the data
		 * is rebuilt: for an index that reads what it needs itself, or forgets.
		 */
		static Rebuild withoutDocuments(Runnable then) {
			return new Rebuild() {

				@Override
				public void add(Object document) {
				}

				@Override
				public boolean wantsDocuments() {
					return false;
				}

				@Override
				public void finish() {
					then.run();
				}

			};
		}

	}

}
