package org.diplograph.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Documents read by ID, kept across requests so hot ones stop crossing the wire: the
 * batch loaders of relationship fields ask it first and the database only for the rest.
 * Every change this instance makes or reads from the change feed removes the documents it
 * touched ({@link DocumentsChangedEvent}), a wholesale change empties it, and a document
 * read while a change was being applied is not kept, so it serves what the database held
 * after the last change this instance knows of: another instance's write shows once the
 * feed is read (within {@code diplograph.changes.poll-interval}), as in search. Holds at
 * most {@code diplograph.graphql.near-cache-size} documents, the least recently used
 * dropped first; 0 turns it off, as does turning batching off.
 */
@Component
public class NearCache {

	/** Keeps nothing. */
	static final NearCache NONE = new NearCache(0, false);

	private final int capacity;

	private final Map<String, Object> documents;

	/** Counts removals, so a read that overlapped one is not kept. */
	private final AtomicLong removals = new AtomicLong();

	@Autowired
	NearCache(BatchingProperties properties) {
		this(properties.nearCacheSize(), properties.batching());
	}

	NearCache(int capacity, boolean batching) {
		this.capacity = batching ? Math.max(0, capacity) : 0;
		this.documents = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
				return size() > NearCache.this.capacity;
			}

		};
	}

	/**
	 * The documents with these IDs, from the cache where it has them and from
	 * {@code load} for the others, which are then kept.
	 * @param kind what the documents are (articles, article summaries...): documents of
	 * different kinds never share an entry
	 * @param idOf the ID of a document: one found under another ID (an actor merged into
	 * another) is not kept, since a change to it names only its own ID
	 */
	@SuppressWarnings("unchecked")
	public <T> Map<String, T> getAll(String kind, Collection<String> ids,
			Function<Collection<String>, Map<String, T>> load, Function<T, String> idOf) {
		if (this.capacity == 0) {
			return load.apply(ids);
		}
		Map<String, T> found = new HashMap<>();
		List<String> missing = new ArrayList<>();
		synchronized (this.documents) {
			for (String id : ids) {
				Object cached = this.documents.get(kind + "|" + id);
				if (cached != null) {
					found.put(id, (T) cached);
				}
				else {
					missing.add(id);
				}
			}
		}
		if (missing.isEmpty()) {
			return found;
		}
		long before = this.removals.get();
		Map<String, T> loaded = load.apply(missing);
		found.putAll(loaded);
		synchronized (this.documents) {
			if (this.removals.get() == before) {
				loaded.forEach((id, document) -> {
					if (id.equals(idOf.apply(document))) {
						this.documents.put(kind + "|" + id, document);
					}
				});
			}
		}
		return found;
	}

	@EventListener
	public void onDocumentsChanged(DocumentsChangedEvent event) {
		synchronized (this.documents) {
			this.removals.incrementAndGet();
			this.documents.keySet().removeIf((key) -> event.ids().contains(key.substring(key.indexOf('|') + 1)));
		}
	}

	@EventListener
	public void onKnowledgeChanged(KnowledgeChangedEvent event) {
		synchronized (this.documents) {
			this.removals.incrementAndGet();
			this.documents.clear();
		}
	}

	int size() {
		synchronized (this.documents) {
			return this.documents.size();
		}
	}

}
