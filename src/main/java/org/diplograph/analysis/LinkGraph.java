package org.diplograph.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.DerivedFromKnowledge;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Mention;
import org.diplograph.model.Visit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Who is linked to whom, and by what: built in memory from the whole knowledge base at
 * startup and after every reload, so a network of any depth costs no database query. Two
 * actors are linked by a visit where one visited, hosted or met the other, by a deal both
 * are parties to, by an engagement both take part in, and by an article that names both
 * in one paragraph.
 */
@Component
class LinkGraph extends DerivedFromKnowledge {

	private static final Logger logger = LoggerFactory.getLogger(LinkGraph.class);

	private final MongoTemplate mongo;

	/** Actors whose networks are measured for the average network size. */
	private static final int SAMPLE = 100;

	private final AtomicReference<Map<String, Map<String, Link>>> links = new AtomicReference<>(Map.of());

	private final AtomicReference<Sizes> sizes = new AtomicReference<>(Sizes.NONE);

	LinkGraph(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	protected synchronized void rebuild() {
		Builder builder = new Builder();
		try (Stream<Visit> visits = this.mongo.stream(new Query(), Visit.class)) {
			visits.forEach((visit) -> {
				for (String visiting : Relationship.visitingSide(visit)) {
					for (String hosting : Relationship.hostSide(visit)) {
						builder.link(visiting, hosting).visitIds.add(visit.id());
					}
				}
			});
		}
		try (Stream<DefenceDeal> deals = this.mongo.stream(new Query(), DefenceDeal.class)) {
			deals.forEach((deal) -> eachPair(deal.partyIds(), (a, b) -> builder.link(a, b).dealIds.add(deal.id())));
		}
		try (Stream<Engagement> engagements = this.mongo.stream(new Query(), Engagement.class)) {
			engagements.forEach((engagement) -> eachPair(Relationship.takingPart(engagement),
					(a, b) -> builder.link(a, b).engagementIds.add(engagement.id())));
		}
		try (Stream<Article> articles = this.mongo.stream(new Query(), Article.class)) {
			articles.forEach((article) -> {
				for (Set<String> paragraph : actorsByParagraph(article)) {
					eachPair(paragraph, (a, b) -> builder.link(a, b).articleIds.add(article.id()));
				}
			});
		}
		Map<String, Map<String, Link>> built = builder.build();
		this.links.set(built);
		this.sizes.set(Sizes.of(built));
		logger.info("Link graph built: {} actors linked", built.size());
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

	/** What links two actors. */
	record Link(Set<String> visitIds, Set<String> dealIds, Set<String> articleIds, Set<String> engagementIds) {

		int weight() {
			return this.visitIds.size() + this.dealIds.size() + this.articleIds.size() + this.engagementIds.size();
		}

		/** Numbers of visits, deals, articles and engagements, possibly averaged. */
		record Counts(double visits, double deals, double articles, double engagements) {
		}

	}

	/** The nodes and edges of a network. */
	record NetworkSize(long nodes, long edges) {

		static NetworkSize of(Map<String, Map<String, Link>> links, String center, int depth) {
			Map<String, Integer> distance = new HashMap<>();
			distance.put(center, 0);
			ArrayDeque<String> queue = new ArrayDeque<>(List.of(center));
			while (!queue.isEmpty()) {
				String current = queue.poll();
				int next = distance.get(current) + 1;
				if (next > depth) {
					continue;
				}
				for (String other : links.getOrDefault(current, Map.of()).keySet()) {
					if (distance.putIfAbsent(other, next) == null) {
						queue.add(other);
					}
				}
			}
			long ends = 0;
			for (String node : distance.keySet()) {
				for (String other : links.getOrDefault(node, Map.of()).keySet()) {
					if (distance.containsKey(other)) {
						ends++;
					}
				}
			}
			return new NetworkSize(distance.size(), ends / 2);
		}

	}

	private static long ceilDiv(long total, int count) {
		return (total + count - 1) / count;
	}

	/** Average sizes, measured when the graph is built. */
	private record Sizes(NetworkSize depth1, NetworkSize depth2, Link.Counts link) {

		static final Sizes NONE = new Sizes(new NetworkSize(1, 0), new NetworkSize(1, 0), new Link.Counts(0, 0, 0, 0));

		static Sizes of(Map<String, Map<String, Link>> links) {
			List<String> actors = links.keySet().stream().sorted().toList();
			if (actors.isEmpty()) {
				return NONE;
			}
			int step = Math.max(1, actors.size() / SAMPLE);
			long[] totals = new long[4];
			int measured = 0;
			for (int i = 0; i < actors.size(); i += step) {
				NetworkSize one = NetworkSize.of(links, actors.get(i), 1);
				NetworkSize two = NetworkSize.of(links, actors.get(i), 2);
				totals[0] += one.nodes();
				totals[1] += one.edges();
				totals[2] += two.nodes();
				totals[3] += two.edges();
				measured++;
			}
			double[] items = new double[4];
			long count = 0;
			for (Map<String, Link> ofActor : links.values()) {
				for (Link link : ofActor.values()) {
					items[0] += link.visitIds().size();
					items[1] += link.dealIds().size();
					items[2] += link.articleIds().size();
					items[3] += link.engagementIds().size();
					count++;
				}
			}
			return new Sizes(new NetworkSize(ceilDiv(totals[0], measured), ceilDiv(totals[1], measured)),
					new NetworkSize(ceilDiv(totals[2], measured), ceilDiv(totals[3], measured)),
					new Link.Counts(items[0] / count, items[1] / count, items[2] / count, items[3] / count));
		}

	}

	private static final class Builder {

		private final Map<String, Map<String, Link>> links = new HashMap<>();

		Link link(String a, String b) {
			Link link = this.links.computeIfAbsent(a, (key) -> new HashMap<>())
				.computeIfAbsent(b,
						(key) -> new Link(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
			this.links.computeIfAbsent(b, (key) -> new HashMap<>()).putIfAbsent(a, link);
			return link;
		}

		Map<String, Map<String, Link>> build() {
			return this.links;
		}

	}

}
