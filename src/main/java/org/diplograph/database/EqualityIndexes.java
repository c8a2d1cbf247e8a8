package org.diplograph.database;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The equality indexes of one collection: for each indexed field, the positions of the
 * documents by each string value of it (each element of an array), and the positions an
 * equality in a query's filter allows.
 */
final class EqualityIndexes {

	private final Map<String, Map<String, Set<Object>>> byField = new HashMap<>();

	/** Indexes the field from the next {@link #clear()} on. */
	void declare(String field) {
		this.byField.putIfAbsent(field, new HashMap<>());
	}

	boolean isEmpty() {
		return this.byField.isEmpty();
	}

	/** Empties every index, to be built again. */
	void clear() {
		this.byField.replaceAll((field, values) -> new HashMap<>());
	}

	/** Adds the document at that position to the indexes, or removes it. */
	void index(Document document, Object position, boolean add) {
		this.byField.forEach((field, byValue) -> {
			for (String value : strings(Utils.getSubdocumentValue(document, field))) {
				if (add) {
					byValue.computeIfAbsent(value, (key) -> new HashSet<>()).add(position);
				}
				else {
					Set<Object> positions = byValue.get(value);
					if (positions != null && positions.remove(position) && positions.isEmpty()) {
						byValue.remove(value);
					}
				}
			}
		});
	}

	/**
	 * The positions an equality on an indexed field allows, the fewest of them when the
	 * filter has several; null when no indexed field is given a string.
	 */
	Set<Object> candidates(Document query) {
		Set<Object> fewest = null;
		for (Map.Entry<String, Object> condition : query.entrySet()) {
			Set<Object> allowed = null;
			if (condition.getKey().equals("$and") && condition.getValue() instanceof Collection<?> all) {
				for (Object part : all) {
					Set<Object> narrower = (part instanceof Document document) ? candidates(document) : null;
					allowed = (narrower != null && (allowed == null || narrower.size() < allowed.size())) ? narrower
							: allowed;
				}
			}
			else if (this.byField.containsKey(condition.getKey())) {
				allowed = positionsOf(this.byField.get(condition.getKey()), condition.getValue());
			}
			if (allowed != null && (fewest == null || allowed.size() < fewest.size())) {
				fewest = allowed;
			}
		}
		return fewest;
	}

	private static Set<Object> positionsOf(Map<String, Set<Object>> byValue, Object wanted) {
		if (wanted instanceof Document operators && operators.size() == 1 && operators.containsKey("$eq")) {
			wanted = operators.get("$eq");
		}
		if (wanted instanceof String value) {
			return Set.copyOf(byValue.getOrDefault(value, Set.of()));
		}
		if (wanted instanceof Document operators && operators.size() == 1
				&& operators.get("$in") instanceof Collection<?> values
				&& values.stream().allMatch(String.class::isInstance)) {
			Set<Object> union = new HashSet<>();
			values.forEach((value) -> union.addAll(byValue.getOrDefault((String) value, Set.of())));
			return union;
		}
		return null;
	}

	private static List<String> strings(Object value) {
		if (value instanceof String string) {
			return List.of(string);
		}
		if (value instanceof Collection<?> values) {
			return values.stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return List.of();
	}

}
