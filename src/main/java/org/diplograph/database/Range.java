package org.diplograph.database;

import java.util.Collection;
import java.util.Map;
import java.util.NavigableSet;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;

/**
 * The bounds a query puts on one field ({@code $gt}, {@code $gte}, {@code $lt},
 * {@code $lte} or an equality, at its top level or in an {@code $and}), to read only that
 * part of an ordered index. A value of another type than the bound's is not cut off: the
 * query itself still decides.
 */
final class Range {

	private Object low;

	private boolean lowIncluded = true;

	private Object high;

	private boolean highIncluded = true;

	private Range() {
	}

	/** The range the query gives the field, or null when it gives none. */
	static Range of(Document query, String field) {
		Range range = new Range();
		return range.narrow(query, field) ? range : null;
	}

	/** The entries of the index within this range. */
	NavigableSet<IndexedCollection.Entry> of(NavigableSet<IndexedCollection.Entry> entries) {
		NavigableSet<IndexedCollection.Entry> within = entries;
		if (this.low != null) {
			within = within.tailSet(bound(this.low, !this.lowIncluded), true);
		}
		if (this.high != null) {
			within = within.headSet(bound(this.high, this.highIncluded), true);
		}
		return within;
	}

	/** An entry just below (or above) every entry whose key is this value. */
	private static IndexedCollection.Entry bound(Object value, boolean above) {
		return new IndexedCollection.Entry(value, above ? MaxKey.getInstance() : MinKey.getInstance(), null);
	}

	private boolean narrow(Document query, String field) {
		boolean narrowed = false;
		for (Map.Entry<String, Object> condition : query.entrySet()) {
			if (condition.getKey().equals("$and") && condition.getValue() instanceof Collection<?> parts) {
				for (Object part : parts) {
					narrowed |= (part instanceof Document document) && narrow(document, field);
				}
			}
			else if (condition.getKey().equals(field)) {
				narrowed |= bound(condition.getValue());
			}
		}
		return narrowed;
	}

	private boolean bound(Object condition) {
		if (condition instanceof String value) {
			return atLeast(value, true) | atMost(value, true);
		}
		if (!(condition instanceof Document operators)) {
			return false;
		}
		boolean bounded = false;
		for (Map.Entry<String, Object> operator : operators.entrySet()) {
			if (!(operator.getValue() instanceof String value)) {
				continue;
			}
			switch (operator.getKey()) {
				case "$gt" -> bounded |= atLeast(value, false);
				case "$gte" -> bounded |= atLeast(value, true);
				case "$lt" -> bounded |= atMost(value, false);
				case "$lte" -> bounded |= atMost(value, true);
				default -> {
				}
			}
		}
		return bounded;
	}

	private boolean atLeast(String value, boolean included) {
		if (this.low == null || IndexedCollection.Entry.VALUES.compare(value, this.low) > 0) {
			this.low = value;
			this.lowIncluded = included;
		}
		return true;
	}

	private boolean atMost(String value, boolean included) {
		if (this.high == null || IndexedCollection.Entry.VALUES.compare(value, this.high) < 0) {
			this.high = value;
			this.highIncluded = included;
		}
		return true;
	}

}
