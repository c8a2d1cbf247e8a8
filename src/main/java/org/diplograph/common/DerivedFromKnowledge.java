package org.diplograph.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;

/**
 * Something kept in memory and built from the whole knowledge base: built once every bean
 * is ready (after the seed is loaded, before the server takes requests) and again
 * whenever the knowledge changes. While the database is away it keeps what it has; the
 * next change event (the seed watcher sends one once the database is back) rebuilds it.
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

	/** Rebuilds from the database and swaps the result in. */
	protected abstract void rebuild();

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
