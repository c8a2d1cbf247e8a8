package org.diplograph.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.client.model.Projections;
import graphql.analysis.FieldComplexityEnvironment;
import org.bson.Document;

import org.diplograph.common.DerivedFromKnowledge;
import org.diplograph.common.FeedPosition;
import org.diplograph.common.IndexFiles;
import org.diplograph.limits.FieldCosts;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * How long the lists of the knowledge base are, for the cost model: the average length of
 * every list field of the documents and of the analysis types, measured from MongoDB at
 * the first start and after every reload (and saved beside the other derived indexes),
 * and the size of the networks the link graph builds (of the very actor when the query
 * names it by ID).
 */
@Component
class ListSizes extends DerivedFromKnowledge implements FieldCosts {

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

	private final MongoTemplate mongo;

	private final LinkGraph graph;

	private final AtomicReference<Map<String, Long>> averages = new AtomicReference<>(Map.of());

	/** Documents measured by the last rebuild, and documents written since. */
	private final AtomicLong measured = new AtomicLong();

	private final AtomicLong writtenSince = new AtomicLong();

	private final Path file;

	ListSizes(MongoTemplate mongo, LinkGraph graph, IndexFiles files) {
		this.mongo = mongo;
		this.graph = graph;
		this.file = files.pathOf("list-sizes");
	}

	/**
	 * One write moves the averages little: they are measured again once the writes since
	 * the last measure reach a tenth of the knowledge base.
	 */
	@Override
	protected void update(Set<String> ids) {
		if (this.writtenSince.addAndGet(ids.size()) > Math.max(100, this.measured.get() / 10)) {
			measure();
		}
	}

	/**
	 * Measures once the other indexes are rebuilt; it reads only the lists, with its own
	 * query.
	 */
	@Override
	protected Rebuild newRebuild() {
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
				measure();
			}

		};
	}

	@Override
	public boolean keepsCopy() {
		return this.file != null;
	}

	@Override
	protected synchronized FeedPosition restore() {
		SavedAverages.Saved saved = (this.file != null) ? SavedAverages.read(this.file) : null;
		if (saved == null) {
			return null;
		}
		this.averages.set(saved.averages());
		this.measured.set(saved.measured());
		this.writtenSince.set(0);
		return saved.position();
	}

	@Override
	protected synchronized void save(FeedPosition position) {
		if (this.file != null) {
			LinkFile.save(() -> SavedAverages.write(this.file, position, this.averages.get(), this.measured.get()));
		}
	}

	@Override
	protected synchronized void discard() {
		LinkFile.delete(this.file);
	}

	private synchronized void measure() {
		this.writtenSince.set(0);
		Map<String, long[]> totals = new HashMap<>();
		Map<String, Long> documents = new HashMap<>();
		Map<String, String> kinds = new HashMap<>();
		Set<String> periods = new HashSet<>();
		// actors first: their kinds split the averages of lists of actors by kind
		for (String collection : List.of("actors", "articles", "visits", "deals", "engagements")) {
			List<String> fields = new ArrayList<>(DOCUMENT_LISTS.values()
				.stream()
				.filter((path) -> path.get(0).equals(collection))
				.map((path) -> path.get(1))
				.distinct()
				.toList());
			fields.addAll(List.of("date", "kind"));
			long count = 0;
			for (Document document : this.mongo.getCollection(collection)
				.find()
				.projection(Projections.include(fields))
				// the embedded server answers a getMore without a batch size with the
				// rest
				// of the collection, over a reply's 48 MB at 100,000 articles
				.batchSize(1000)) {
				count++;
				String kind = document.getString("kind");
				if (collection.equals("actors") && kind != null) {
					kinds.put(document.getString("_id"), kind);
				}
				DOCUMENT_LISTS.forEach((coordinates, path) -> {
					if (path.get(0).equals(collection)) {
						List<String> rest = path.subList(1, path.size());
						measure(document, rest, totals.computeIfAbsent(coordinates, (key) -> new long[2]));
						if (kind != null) {
							measure(document, rest,
									totals.computeIfAbsent(coordinates + "#" + kind, (key) -> new long[2]));
						}
					}
				});
				if (collection.equals("articles")) {
					countByKind(document, kinds, totals);
				}
				if (document.get("date") instanceof Document date && date.getString("start") != null) {
					// a timeline at month granularity has a bucket per month with a
					// visit,
					// deal or engagement
					periods.add(date.getString("start").substring(0, 7));
					documents.merge(collection + ".dated", 1L, Long::sum);
				}
			}
			documents.put(collection, count);
		}
		Map<String, Long> built = new HashMap<>();
		totals.forEach((coordinates, sum) -> built.put(coordinates, average(sum[0], sum[1])));
		built.put("Relationship.visits", built.getOrDefault("Actor.visits", 1L));
		built.put("Relationship.deals", built.getOrDefault("Actor.deals", 1L));
		built.put("Relationship.articles", built.getOrDefault("Actor.articles", 1L));
		built.put("Relationship.engagements", built.getOrDefault("Actor.engagements", 1L));
		long buckets = Math.max(1, periods.size());
		built.put("Query.timeline", buckets);
		built.put("Relationship.activity", built.get("Relationship.visits") + built.get("Relationship.deals")
				+ built.get("Relationship.engagements"));
		built.put("TimeBucket.visits", average(documents.getOrDefault("visits.dated", 0L), buckets));
		built.put("TimeBucket.deals", average(documents.getOrDefault("deals.dated", 0L), buckets));
		built.put("TimeBucket.engagements", average(documents.getOrDefault("engagements.dated", 0L), buckets));
		this.averages.set(Map.copyOf(built));
		this.measured.set(documents.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().contains("."))
			.mapToLong(Map.Entry::getValue)
			.sum());
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

	@Override
	public long items(FieldComplexityEnvironment field) {
		String coordinates = FieldCosts.coordinates(field);
		return switch (coordinates) {
			case "Network.nodes" -> networkSize(field.getParentEnvironment()).nodes();
			case "Network.edges" -> networkSize(field.getParentEnvironment()).edges();
			case "NetworkEdge.visits" -> (long) Math.ceil(this.graph.averageLink().visits());
			case "NetworkEdge.deals" -> (long) Math.ceil(this.graph.averageLink().deals());
			case "NetworkEdge.articles" -> (long) Math.ceil(this.graph.averageLink().articles());
			case "NetworkEdge.engagements" -> (long) Math.ceil(this.graph.averageLink().engagements());
			default -> {
				Map<String, Long> averages = this.averages.get();
				String kind = actorKind(field);
				Long ofKind = (kind != null) ? averages.get(coordinates + "#" + kind) : null;
				yield (ofKind != null) ? ofKind : averages.getOrDefault(coordinates, -1L);
			}
		};
	}

	/**
	 * The kind of actor the list is of, or whose lists these are, when the query narrows
	 * it: {@code Article.actors(kind: PERSON)} and the lists of the persons it returns;
	 * {@code actors(filter: {kind: PERSON})} and the lists of the actors on its page.
	 */
	private static String actorKind(FieldComplexityEnvironment field) {
		FieldComplexityEnvironment actors = field.getParentType().getName().equals("Actor")
				? field.getParentEnvironment() : field;
		while (actors != null
				&& (actors.getField().getName().equals("node") || actors.getField().getName().equals("edges"))) {
			actors = actors.getParentEnvironment();
		}
		if (actors == null) {
			return null;
		}
		Object kind = actors.getArguments().get("kind");
		if (kind == null && actors.getArguments().get("filter") instanceof Map<?, ?> filter) {
			kind = filter.get("kind");
		}
		return (kind != null) ? String.valueOf(kind) : null;
	}

	@Override
	public long work(FieldComplexityEnvironment field) {
		if (!FieldCosts.coordinates(field).equals("Actor.network")) {
			return 0;
		}
		NetworkSize size = networkSize(field);
		return size.nodes() + size.edges();
	}

	/**
	 * The size of the network a {@code network} field builds: of the actors the query
	 * names by ID when it does ({@code actor(id)}, {@code node(id)}, {@code nodes(ids)}),
	 * else of an average actor.
	 */
	private NetworkSize networkSize(FieldComplexityEnvironment network) {
		int depth = (network.getArguments().get("depth") instanceof Integer given) ? given : 1;
		List<String> actorIds = namedActors(network.getParentEnvironment());
		if (actorIds.isEmpty()) {
			return this.graph.averageSize(depth);
		}
		long nodes = 0;
		long edges = 0;
		for (String actorId : actorIds) {
			NetworkSize size = this.graph.sizeOf(actorId, depth);
			nodes += size.nodes();
			edges += size.edges();
		}
		return new NetworkSize(average(nodes, actorIds.size()), average(edges, actorIds.size()));
	}

	private static List<String> namedActors(FieldComplexityEnvironment parent) {
		if (parent == null || !parent.getParentType().getName().equals("Query")) {
			return List.of();
		}
		List<String> ids = new ArrayList<>();
		if (parent.getArguments().get("id") instanceof String id) {
			ids.add(id);
		}
		if (parent.getArguments().get("ids") instanceof Collection<?> given) {
			given.forEach((id) -> ids.add(String.valueOf(id)));
		}
		return ids.stream().filter((id) -> id.startsWith("actor:")).toList();
	}

	private static long average(long total, long count) {
		return (count == 0) ? 0 : (total + count - 1) / count;
	}

}
