package org.diplograph.database;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded server that keeps, in memory, the secondary indexes the
 * application asks for, which mongo-java-server itself only scans for: an equality index
 * on a field of string values (each element of an array), and an ordered index on a field
 * then _id. A query with an equality on such a field matches only the documents the index
 * gives; a page sorted the way an ordered index runs reads documents in that order until
 * it has enough. Built at the first query that can use them (one scan), then kept up to
 * date by every insert, update and delete; every query still checks each document it
 * returns against the whole filter, so an index only narrows what is read.
 */
final class IndexedCollection extends H2Collection {

	private final EqualityIndexes equality = new EqualityIndexes();

	private final Map<List<String>, NavigableSet<Entry>> ordered = new HashMap<>();

	private boolean built;

	IndexedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
			MVMap<String, Object> meta, CursorRegistry cursors) {
		super(database, name, options, data, meta, cursors);
	}

	/**
	 * Takes an index the application asked for; one this collection cannot keep is
	 * ignored.
	 */
	synchronized void declare(List<IndexKey> keys) {
		if (keys.size() == 1 && !keys.get(0).getKey().equals("_id")) {
			this.equality.declare(keys.get(0).getKey());
		}
		else if (keys.size() == 2 && keys.get(1).getKey().equals("_id")
				&& keys.get(0).isAscending() == keys.get(1).isAscending()) {
			this.ordered.putIfAbsent(List.of(keys.get(0).getKey(), "_id"), null);
		}
		this.built = false;
	}

	@Override
	protected synchronized QueryResult matchDocuments(Document query, Document orderBy, int skip, int limit,
			int batchSize, Document fieldSelector) {
		if (this.equality.isEmpty() && this.ordered.isEmpty()) {
			return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
		}
		build();
		Set<Object> candidates = this.equality.candidates(query);
		List<String> sorted = (limit > 0) ? orderedFor(orderBy) : null;
		if (sorted != null) {
			// read in the order asked for, and stop once the page is full
			boolean descending = ((Number) orderBy.values().iterator().next()).intValue() < 0;
			return matchDocumentsFromStream(query, inRange(sorted, query, candidates, descending), skip, limit,
					batchSize, null, fieldSelector);
		}
		Comparator<Document> order = (orderBy != null && !orderBy.isEmpty()) ? deriveComparator(orderBy) : null;
		List<String> ranged = this.ordered.keySet()
			.stream()
			.filter((keys) -> Range.of(query, keys.get(0)) != null)
			.findFirst()
			.orElse(null);
		if (ranged != null) {
			return matchDocumentsFromStream(query, inRange(ranged, query, candidates, false), skip, limit, batchSize,
					order, fieldSelector);
		}
		if (candidates != null) {
			return matchDocumentsFromStream(query, candidates.stream().map(this::getDocument), skip, limit, batchSize,
					order, fieldSelector);
		}
		return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
	}

	/**
	 * The documents of an ordered index whose first key is in the range the query gives
	 * it (all when none) and which are among the candidates (all when null), in its
	 * order.
	 */
	private Stream<Document> inRange(List<String> keys, Document query, Set<Object> candidates, boolean descending) {
		NavigableSet<Entry> entries = this.ordered.get(keys);
		Range range = Range.of(query, keys.get(0));
		if (range != null) {
			entries = range.of(entries);
		}
		Iterator<Entry> iterator = descending ? entries.descendingIterator() : entries.iterator();
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
			.filter((entry) -> candidates == null || candidates.contains(entry.position()))
			.map((entry) -> getDocument(entry.position()));
	}

	@Override
	protected synchronized Object addDocumentInternal(Document document) {
		Object position = super.addDocumentInternal(document);
		if (this.built) {
			index(document, position, true);
		}
		return position;
	}

	@Override
	protected synchronized void removeDocument(Object position) {
		if (this.built) {
			index(getDocument(position), position, false);
		}
		super.removeDocument(position);
	}

	@Override
	protected synchronized void handleUpdate(Object position, Document oldDocument, Document newDocument) {
		if (this.built) {
			index(oldDocument, position, false);
			index(newDocument, position, true);
		}
		super.handleUpdate(position, oldDocument, newDocument);
	}

	private void build() {
		if (this.built) {
			return;
		}
		this.equality.clear();
		this.ordered.replaceAll((keys, entries) -> new TreeSet<>());
		try (Stream<DocumentWithPosition<Object>> all = streamAllDocumentsWithPosition()) {
			all.forEach((found) -> index(found.getDocument(), found.getPosition(), true));
		}
		this.built = true;
	}

	private void index(Document document, Object position, boolean add) {
		this.equality.index(document, position, add);
		this.ordered.forEach((keys, entries) -> {
			Entry entry = new Entry(Utils.getSubdocumentValue(document, keys.get(0)), document.get("_id"), position);
			if (add) {
				entries.add(entry);
			}
			else {
				entries.remove(entry);
			}
		});
	}

	/** The keys of the ordered index a sort can read, in either direction, if any. */
	private List<String> orderedFor(Document orderBy) {
		if (orderBy == null || orderBy.size() != 2 || !orderBy.containsKey("_id")) {
			return null;
		}
		List<String> keys = new ArrayList<>(orderBy.keySet());
		Set<Integer> directions = new HashSet<>();
		orderBy.values().forEach((direction) -> directions.add(Integer.signum(((Number) direction).intValue())));
		return (directions.size() == 1 && keys.get(1).equals("_id") && this.ordered.containsKey(keys)) ? keys : null;
	}

	/**
	 * A document in an ordered index: its value of the first key, its _id, where it is.
	 */
	record Entry(Object key, Object id, Object position) implements Comparable<Entry> {

		static final Comparator<Object> VALUES = ValueComparator.asc();

		@Override
		public int compareTo(Entry other) {
			int byKey = VALUES.compare(this.key, other.key);
			return (byKey != 0) ? byKey : VALUES.compare(this.id, other.id);
		}

	}

}
