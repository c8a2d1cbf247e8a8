package org.diplograph.common;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;

/**
 * Something kept in memory and built from the whole knowledge base: built once every bean
 * is ready (after the seed is loaded, before the server takes requests), updated entry by
 * entry when documents change, and rebuilt when the knowledge changes wholesale. While
 * the database is away it keeps what it has; the change feed follower asks for a rebuild
 * once the database is back.
 */
public abstract class DerivedFromKnowledge implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(DerivedFromKnowledge.class);

	@Override
	public void afterSingletonsInstantiated() {
		rebuildIfReachable();
	}

	@EventListener
	public void onKnowledgeChanged(KnowledgeChangedEvent event) {
		rebuildIfReachable();
	}

	@EventListener
	public void onDocumentsChanged(DocumentsChangedEvent event) {
		try {
			update(event.ids());
		}
		catch (DataAccessException ex) {
			logger.warn("{} not updated: the database is unavailable ({}); rebuilding once it is back",
					getClass().getSimpleName(), ex.getClass().getSimpleName());
		}
	}

	/** Rebuilds from the database and swaps the result in. */
	protected abstract void rebuild();

	/**
	 * Updates the entries of these documents, re-reading each by ID; an ID no longer
	 * found was deleted.
	 */
	protected abstract void update(Set<String> ids);

	private void rebuildIfReachable() {
		try {
			rebuild();
		}
		catch (DataAccessException ex) {
			logger.warn("{} not rebuilt: the database is unavailable ({})", getClass().getSimpleName(),
					ex.getClass().getSimpleName());
		}
	}

}
