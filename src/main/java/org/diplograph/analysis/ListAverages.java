package org.diplograph.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

/**
 * Measures how long the lists of the knowledge base are on average: every list field of
 * the documents (split by the kind of actor, where the documents are actors or the list
 * is of actors) and the lists of the analysis types that follow from them.
 */
final class ListAverages {

	/** Each list field of the documents: the collection and the array that holds it. */
	private static final Map<String, List<String>> DOCUMENT_LISTS = Map.ofEntries(
			Map.entry("Article.mentions", List.of("articles", "mentions")),
			Map.entry("Article.actors", List.of("articles", "actorIds")),
			Map.entry("Article.visits", List.of("articles", "visitIds")),
			Map.entry("Article.deals", List.of("articles", "dealIds")),
			Map.entry("Article.engagements", List.of("articles", "engagementIds")),
			Map.entry("Mention.offsets", List.of("articles", "mentions", "offsets")),
			Map.entry("Actor.aliases", List.of("actors", "aliases")),
			Map.entry("Actor.roles", List.of("actors", "roles")),
			Map.entry("Actor.articles", List.of("actors", "articleIds")),
			Map.entry("Actor.visits", List.of("actors", "visitRefs")),
			Map.entry("Actor.deals", List.of("actors", "dealIds")),
			Map.entry("Actor.engagements", List.of("actors", "engagementIds")),
			Map.entry("Visit.visitors", List.of("visits", "visitorIds")),
			Map.entry("Visit.metWith", List.of("visits", "metWithIds")),
			Map.entry("Visit.sources", List.of("visits", "sources")),
			Map.entry("DefenceDeal.parties", List.of("deals", "partyIds")),
			Map.entry("DefenceDeal.items", List.of("deals", "items")),
			Map.entry("DefenceDeal.sources", List.of("deals", "sources")),
			Map.entry("Engagement.participants", List.of("engagements", "participantIds")),
			Map.entry("Engagement.countries", List.of("engagements", "countryIds")),
			Map.entry("Engagement.sources", List.of("engagements", "sources")));

	/**
	 * The collections in the order they are measured: actors first, whose kinds split the
	 * rest.
	 */
	static final List<String> COLLECTIONS = List.of("actors", "articles", "visits", "deals", "engagements");

	private final Map<String, long[]> totals = new HashMap<>();

	private final Map<String, Long> documents = new HashMap<>();

	private final Map<String, String> kinds = new HashMap<>();

	private final Set<String> periods = new HashSet<>();

	/** The fields of a collection's documents a measure reads. */
	static List<String> fieldsOf(String collection) {
		List<String> fields = new ArrayList<>(DOCUMENT_LISTS.values()
			.stream()
			.filter((path) -> path.get(0).equals(collection))
			.map((path) -> path.get(1))
			.distinct()
			.toList());
		fields.addAll(List.of("date", "kind"));
		return fields;
	}

	/** Adds a document of the collection, read with {@link #fieldsOf} its fields. */
	void add(String collection, Document document) {
		this.documents.merge(collection, 1L, Long::sum);
		String kind = document.getString("kind");
		if (collection.equals("actors") && kind != null) {
			this.kinds.put(document.getString("_id"), kind);
		}
		DOCUMENT_LISTS.forEach((coordinates, path) -> {
			if (path.get(0).equals(collection)) {
				List<String> rest = path.subList(1, path.size());
				measure(document, rest, this.totals.computeIfAbsent(coordinates, (key) -> new long[2]));
				if (kind != null) {
					measure(document, rest,
							this.totals.computeIfAbsent(coordinates + "#" + kind, (key) -> new long[2]));
				}
			}
		});
		if (collection.equals("articles")) {
			countByKind(document, this.kinds, this.totals);
		}
		if (document.get("date") instanceof Document date && date.getString("start") != null) {
			// a timeline at month granularity has a bucket per month with a visit, deal
			// or engagement
			this.periods.add(date.getString("start").substring(0, 7));
			this.documents.merge(collection + ".dated", 1L, Long::sum);
		}
	}

	/** How many documents were added. */
	long documents() {
		return this.documents.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().contains("."))
			.mapToLong(Map.Entry::getValue)
			.sum();
	}

	/**
	 * The average length of each list by its schema coordinates ({@code Actor.aliases}),
	 * and by kind of actor ({@code Actor.aliases#PERSON}), rounded up.
	 */
	Map<String, Long> averages() {
		Map<String, Long> built = new HashMap<>();
		this.totals.forEach((coordinates, sum) -> built.put(coordinates, average(sum[0], sum[1])));
		built.put("Relationship.visits", built.getOrDefault("Actor.visits", 1L));
		built.put("Relationship.deals", built.getOrDefault("Actor.deals", 1L));
		built.put("Relationship.articles", built.getOrDefault("Actor.articles", 1L));
		built.put("Relationship.engagements", built.getOrDefault("Actor.engagements", 1L));
		long buckets = Math.max(1, this.periods.size());
		built.put("Query.timeline", buckets);
		built.put("Relationship.activity", built.get("Relationship.visits") + built.get("Relationship.deals")
				+ built.get("Relationship.engagements"));
		built.put("TimeBucket.visits", average(this.documents.getOrDefault("visits.dated", 0L), buckets));
		built.put("TimeBucket.deals", average(this.documents.getOrDefault("deals.dated", 0L), buckets));
		built.put("TimeBucket.engagements", average(this.documents.getOrDefault("engagements.dated", 0L), buckets));
		return Map.copyOf(built);
	}

	/**
	 * The actors an article names, by kind: what {@code Article.actors(kind)} returns.
	 */
	private static void countByKind(Document article, Map<String, String> kinds, Map<String, long[]> totals) {
		Map<String, Long> byKind = new HashMap<>();
		kinds.values().forEach((kind) -> byKind.putIfAbsent(kind, 0L));
		if (article.get("actorIds") instanceof Collection<?> ids) {
			for (Object id : ids) {
				byKind.merge(kinds.getOrDefault(String.valueOf(id), "?"), 1L, Long::sum);
			}
		}
		byKind.forEach((kind, count) -> {
			long[] sum = totals.computeIfAbsent("Article.actors#" + kind, (key) -> new long[2]);
			sum[0] += count;
			sum[1]++;
		});
	}

	/**
	 * Adds the lengths of the array at {@code path} (an array of objects, then a field).
	 */
	private static void measure(Document document, List<String> path, long[] sum) {
		Object value = document.get(path.get(0));
		if (!(value instanceof Collection<?> items)) {
			return;
		}
		if (path.size() == 1) {
			sum[0] += items.size();
			sum[1]++;
			return;
		}
		for (Object item : items) {
			if (item instanceof Document nested) {
				measure(nested, path.subList(1, path.size()), sum);
			}
		}
	}

	/** The average, rounded up. */
	static long average(long total, long count) {
		return (count == 0) ? 0 : (total + count - 1) / count;
	}

}
