package org.diplograph.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.DerivedFromKnowledge;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Mention;
import org.diplograph.model.NodeType;
import org.diplograph.model.Visit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Who is linked to whom, and by what: built in memory from the whole knowledge base at
 * startup and after a wholesale change, and updated for each visit, deal, engagement or
 * article a write changes, so a network of any depth costs no database query. Two actors
 * are linked by a visit where one visited, hosted or met the other, by a deal both are
 * parties to, by an engagement both take part in, and by an article that names both in
 * one paragraph. Readers see immutable snapshots; an update copies only the entries it
 * changes.
 */
@Component
class LinkGraph extends DerivedFromKnowledge {

	private static final Logger logger = LoggerFactory.getLogger(LinkGraph.class);

	private final MongoTemplate mongo;

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

	LinkGraph(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	protected synchronized void rebuild() {
		Map<String, Set<Pair>> built = new HashMap<>();
		each(Visit.class, new Query(), (visit) -> built.put(visit.id(), pairs(visit)));
		each(DefenceDeal.class, new Query(), (deal) -> built.put(deal.id(), pairs(deal)));
		each(Engagement.class, new Query(), (engagement) -> built.put(engagement.id(), pairs(engagement)));
		each(Article.class, new Query(), (article) -> built.put(article.id(), pairs(article)));
		Map<Pair, List<Set<String>>> byPair = new HashMap<>();
		built.forEach((id, pairs) -> pairs
			.forEach((pair) -> byPair.computeIfAbsent(pair, (key) -> Link.emptySets()).get(Link.slot(id)).add(id)));
		Map<String, Map<String, Link>> graph = new HashMap<>();
		byPair.forEach((pair, sets) -> put(graph, pair, Link.of(sets)));
		this.contributions = built;
		this.links.set(graph);
		this.sizes.set(NetworkSize.Averages.of(graph));
		logger.info("Link graph built: {} actors linked", graph.size());
	}

	@Override
	protected synchronized void update(Set<String> ids) {
		Map<String, Set<Pair>> now = new HashMap<>();
		List<String> visitIds = ofType(ids, NodeType.VISIT);
		List<String> dealIds = ofType(ids, NodeType.DEAL);
		List<String> engagementIds = ofType(ids, NodeType.ENGAGEMENT);
		List<String> articleIds = ofType(ids, NodeType.ARTICLE);
		if (visitIds.isEmpty() && dealIds.isEmpty() && engagementIds.isEmpty() && articleIds.isEmpty()) {
			return;
		}
		each(Visit.class, byIds(visitIds), (visit) -> now.put(visit.id(), pairs(visit)));
		each(DefenceDeal.class, byIds(dealIds), (deal) -> now.put(deal.id(), pairs(deal)));
		each(Engagement.class, byIds(engagementIds), (engagement) -> now.put(engagement.id(), pairs(engagement)));
		each(Article.class, byIds(articleIds), (article) -> now.put(article.id(), pairs(article)));
		Map<String, Map<String, Link>> graph = new HashMap<>(this.links.get());
		Set<String> copied = new HashSet<>();
		for (String id : Stream.of(visitIds, dealIds, engagementIds, articleIds).flatMap(List::stream).toList()) {
			Set<Pair> before = this.contributions.getOrDefault(id, Set.of());
			Set<Pair> after = now.getOrDefault(id, Set.of());
			for (Pair pair : before) {
				if (!after.contains(pair)) {
					change(graph, copied, pair, (link) -> link.minus(id));
				}
			}
			for (Pair pair : after) {
				if (!before.contains(pair)) {
					change(graph, copied, pair, (link) -> (link != null) ? link.plus(Link.of(id)) : Link.of(id));
				}
			}
			if (after.isEmpty()) {
				this.contributions.remove(id);
			}
			else {
				this.contributions.put(id, after);
			}
		}
		this.links.set(graph);
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

	/**
	 * Replaces the link of a pair in both its actors' maps, copying each map the first
	 * time this update touches it; a link with nothing behind it goes.
	 */
	private static void change(Map<String, Map<String, Link>> graph, Set<String> copied, Pair pair,
			java.util.function.UnaryOperator<Link> change) {
		for (String actor : List.of(pair.a(), pair.b())) {
			if (copied.add(actor)) {
				graph.put(actor, new HashMap<>(graph.getOrDefault(actor, Map.of())));
			}
		}
		Link changed = change.apply(graph.get(pair.a()).get(pair.b()));
		if (changed == null || changed.weight() == 0) {
			graph.get(pair.a()).remove(pair.b());
			graph.get(pair.b()).remove(pair.a());
		}
		else {
			graph.get(pair.a()).put(pair.b(), changed);
			graph.get(pair.b()).put(pair.a(), changed);
		}
	}

	private static void put(Map<String, Map<String, Link>> graph, Pair pair, Link link) {
		graph.computeIfAbsent(pair.a(), (key) -> new HashMap<>()).put(pair.b(), link);
		graph.computeIfAbsent(pair.b(), (key) -> new HashMap<>()).put(pair.a(), link);
	}

	private static Set<Pair> pairs(Visit visit) {
		Set<Pair> pairs = new LinkedHashSet<>();
		for (String visiting : Relationship.visitingSide(visit)) {
			for (String hosting : Relationship.hostSide(visit)) {
				Pair.of(visiting, hosting, pairs);
			}
		}
		return pairs;
	}

	private static Set<Pair> pairs(DefenceDeal deal) {
		Set<Pair> pairs = new LinkedHashSet<>();
		eachPair(deal.partyIds(), (a, b) -> Pair.of(a, b, pairs));
		return pairs;
	}

	private static Set<Pair> pairs(Engagement engagement) {
		Set<Pair> pairs = new LinkedHashSet<>();
		eachPair(Relationship.takingPart(engagement), (a, b) -> Pair.of(a, b, pairs));
		return pairs;
	}

	private static Set<Pair> pairs(Article article) {
		Set<Pair> pairs = new LinkedHashSet<>();
		for (Set<String> paragraph : actorsByParagraph(article)) {
			eachPair(paragraph, (a, b) -> Pair.of(a, b, pairs));
		}
		return pairs;
	}

	/**
	 * The actors an article names in each of its paragraphs (paragraphs are separated by
	 * a blank line).
	 */
	static List<Set<String>> actorsByParagraph(Article article) {
		List<Integer> breaks = new ArrayList<>();
		for (int at = article.body().indexOf("\n\n"); at >= 0; at = article.body().indexOf("\n\n", at + 2)) {
			breaks.add(at);
		}
		Map<Integer, Set<String>> paragraphs = new HashMap<>();
		for (Mention mention : article.mentions()) {
			for (int offset : mention.offsets()) {
				int index = -Collections.binarySearch(breaks, offset) - 1;
				paragraphs.computeIfAbsent(index, (key) -> new TreeSet<>()).add(mention.actorId());
			}
		}
		return List.copyOf(paragraphs.values());
	}

	private <T> void each(Class<T> type, Query query, Consumer<T> action) {
		try (Stream<T> all = this.mongo.stream(query, type)) {
			all.forEach(action);
		}
	}

	private static Query byIds(List<String> ids) {
		return Query.query(Criteria.where("_id").in(ids));
	}

	private static List<String> ofType(Set<String> ids, NodeType type) {
		return ids.stream().filter((id) -> NodeType.ofId(id) == type).toList();
	}

	private static void eachPair(Collection<String> ids, PairAction action) {
		List<String> distinct = ids.stream().distinct().toList();
		for (int i = 0; i < distinct.size(); i++) {
			for (int j = i + 1; j < distinct.size(); j++) {
				action.accept(distinct.get(i), distinct.get(j));
			}
		}
	}

	@FunctionalInterface
	private interface PairAction {

		void accept(String a, String b);

	}

	/** Two linked actors, the lesser ID first. */
	private record Pair(String a, String b) {

		static void of(String x, String y, Set<Pair> pairs) {
			if (x != null && y != null && !x.equals(y)) {
				pairs.add((x.compareTo(y) < 0) ? new Pair(x, y) : new Pair(y, x));
			}
		}

	}

}
