package org.diplograph.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.analysis.LinkPairs.Pair;
import org.diplograph.common.DerivedFromKnowledge;
import org.diplograph.common.FeedPosition;
import org.diplograph.common.IndexFiles;
import org.diplograph.model.NodeType;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Who is linked to whom, and by what ({@link LinkPairs}): kept in memory, with a copy on
 * disk beside the database, and updated for each visit, deal, engagement or article a
 * write changes, so a network of any depth costs no database query. Readers see immutable
 * snapshots; an update copies only the entries it changes.
 */
@Component
class LinkGraph extends DerivedFromKnowledge {

	private static final Logger logger = LoggerFactory.getLogger(LinkGraph.class);

	private final MongoTemplate mongo;

	private final Path file;

	/** The documents that link actors. */
	private static final List<NodeType> LINKING = List.of(NodeType.VISIT, NodeType.DEAL, NodeType.ENGAGEMENT,
			NodeType.ARTICLE);

	private final AtomicReference<Map<String, Map<String, Link>>> links = new AtomicReference<>(Map.of());

	private final AtomicReference<NetworkSize.Averages> sizes = new AtomicReference<>(NetworkSize.Averages.NONE);

	/** How often the average sizes are measured again while writes go on. */
	private static final Duration REMEASURE_EVERY = Duration.ofSeconds(30);

	private final AtomicBoolean measuring = new AtomicBoolean();

	private volatile long lastMeasured;

	/**
	 * The pairs each visit, deal, engagement and article links, to undo them when it
	 * changes.
	 */
	private Map<String, Set<Pair>> contributions = new HashMap<>();

	private FeedPosition saved;

	LinkGraph(MongoTemplate mongo, IndexFiles files) {
		this.mongo = mongo;
		this.file = files.pathOf("links");
	}

	@Override
	protected Rebuild newRebuild() {
		Map<String, Set<Pair>> built = new HashMap<>();
		return new Rebuild() {

			@Override
			public void add(Object document) {
				Set<Pair> pairs = LinkPairs.of(document);
				if (pairs != null) {
					built.put(LinkPairs.idOf(document), pairs);
				}
			}

			@Override
			public void finish() {
				install(built);
			}

		};
	}

	@Override
	protected synchronized FeedPosition restore() {
		LinkFile.Saved copy = (this.file != null) ? LinkFile.read(this.file) : null;
		if (copy == null) {
			return null;
		}
		install(copy.contributions());
		this.saved = copy.position();
		return copy.position();
	}

	@Override
	public boolean keepsCopy() {
		return this.file != null;
	}

	@Override
	protected synchronized void save(FeedPosition position) {
		if (this.file != null && !position.equals(this.saved)) {
			LinkFile.save(() -> LinkFile.write(this.file, position, this.contributions));
			this.saved = position;
		}
	}

	@Override
	protected synchronized void discard() {
		LinkFile.delete(this.file);
		this.saved = null;
	}

	private synchronized void install(Map<String, Set<Pair>> built) {
		Map<String, Map<String, Link>> graph = LinkChanges.build(built);
		this.contributions = built;
		this.saved = null;
		this.links.set(graph);
		this.sizes.set(NetworkSize.Averages.of(graph));
		logger.info("Link graph built: {} actors linked", graph.size());
	}

	@Override
	protected synchronized void update(Set<String> ids) {
		Map<String, Set<Pair>> now = new HashMap<>();
		List<String> changed = ids.stream().filter((id) -> LINKING.contains(NodeType.ofId(id))).toList();
		if (changed.isEmpty()) {
			return;
		}
		for (NodeType type : LINKING) {
			read(type.documentType(), ofType(changed, type), now);
		}
		LinkChanges changes = new LinkChanges(this.links.get());
		for (String id : changed) {
			Set<Pair> after = now.getOrDefault(id, Set.of());
			changes.replace(id, this.contributions.getOrDefault(id, Set.of()), after);
			if (after.isEmpty()) {
				this.contributions.remove(id);
			}
			else {
				this.contributions.put(id, after);
			}
		}
		this.links.set(changes.graph());
		remeasure();
	}

	/**
	 * Measures the average sizes again off the write path, at most every
	 * {@link #REMEASURE_EVERY}: sampling a hundred networks of a large graph takes
	 * seconds, which every write would otherwise wait for under the graph's lock. The
	 * writes made meanwhile are folded into one measurement.
	 */
	private void remeasure() {
		if (!this.measuring.compareAndSet(false, true)) {
			return;
		}
		long wait = Math.max(0, this.lastMeasured + REMEASURE_EVERY.toMillis() - System.currentTimeMillis());
		CompletableFuture.runAsync(() -> {
			try {
				this.lastMeasured = System.currentTimeMillis();
				this.sizes.set(NetworkSize.Averages.of(this.links.get()));
			}
			finally {
				this.measuring.set(false);
			}
		}, CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS));
	}

	/**
	 * How large the network of this actor is at this depth (minWeight 1, the largest).
	 */
	NetworkSize sizeOf(String actorId, int depth) {
		return NetworkSize.of(this.links.get(), actorId, depth);
	}

	/**
	 * The average size of a network at this depth, over a sample of the linked actors.
	 */
	NetworkSize averageSize(int depth) {
		return (depth <= 1) ? this.sizes.get().depth1() : this.sizes.get().depth2();
	}

	/** The average number of visits, deals, articles and engagements behind one link. */
	Link.Counts averageLink() {
		return this.sizes.get().link();
	}

	/** The links of one actor, by the other actor's ID. */
	Map<String, Link> linksOf(String actorId) {
		return this.links.get().getOrDefault(actorId, Map.of());
	}

	private void read(Class<?> type, List<String> ids, Map<String, Set<Pair>> into) {
		if (ids.isEmpty()) {
			return;
		}
		try (Stream<?> found = this.mongo.stream(Query.query(Criteria.where("_id").in(ids)), type)) {
			found.forEach((document) -> into.put(LinkPairs.idOf(document), LinkPairs.of(document)));
		}
	}

	private static List<String> ofType(List<String> ids, NodeType type) {
		return ids.stream().filter((id) -> NodeType.ofId(id) == type).toList();
	}

}
