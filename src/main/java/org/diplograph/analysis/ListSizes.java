package org.diplograph.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
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
		return Rebuild.withoutDocuments(this::measure);
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
		ListAverages averages = new ListAverages();
		for (String collection : ListAverages.COLLECTIONS) {
			for (Document document : this.mongo.getCollection(collection)
				.find()
				.projection(Projections.include(ListAverages.fieldsOf(collection)))
				// without a batch size the embedded server answers with the rest of the
				// collection, over a reply's 48 MB at 100,000 articles
				.batchSize(1000)) {
				averages.add(collection, document);
			}
		}
		this.averages.set(averages.averages());
		this.measured.set(averages.documents());
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
		return new NetworkSize(ListAverages.average(nodes, actorIds.size()),
				ListAverages.average(edges, actorIds.size()));
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

}
