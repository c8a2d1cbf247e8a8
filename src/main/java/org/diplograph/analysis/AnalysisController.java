package org.diplograph.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;

import org.diplograph.actor.ActorReferences;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Limits;
import org.diplograph.common.Loaded;
import org.diplograph.common.RequestBudget;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Visit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The analysis queries: relationship, timeline and an actor's network. */
@Controller
class AnalysisController {

	private final AnalysisRepository repository;

	private final ActorReferences actorReferences;

	private final LinkGraph graph;

	AnalysisController(AnalysisRepository repository, ActorReferences actorReferences, LinkGraph graph) {
		this.repository = repository;
		this.actorReferences = actorReferences;
		this.graph = graph;
	}

	@QueryMapping
	Relationship relationship(@Argument String a, @Argument String b) {
		Actor first = this.actorReferences.resolveActor("a", a);
		Actor second = this.actorReferences.resolveActor("b", b);
		if (first.id().equals(second.id())) {
			throw new BadRequestException("a and b are both " + first.name() + "; give two different actors.");
		}
		List<Visit> visits = this.repository.visitsInvolvingBoth(first.id(), second.id())
			.stream()
			.filter((visit) -> Relationship.connects(visit, first.id(), second.id()))
			.toList();
		List<Engagement> engagements = this.repository.engagementsInvolvingBoth(first.id(), second.id())
			.stream()
			.filter((engagement) -> Relationship.connects(engagement, first.id(), second.id()))
			.toList();
		return Relationship.of(first, second, visits, this.repository.dealsWithBothParties(first.id(), second.id()),
				engagements, this.repository.articlesNamingBoth(first.id(), second.id()));
	}

	@SchemaMapping(typeName = "Relationship")
	List<TimeBucket> activity(Relationship relationship, @Argument Granularity granularity) {
		return TimeBucket.of(relationship.visits(), relationship.deals(), relationship.engagements(), granularity);
	}

	@QueryMapping
	List<TimeBucket> timeline(@Argument String involves, @Argument String from, @Argument String to,
			@Argument Granularity granularity) {
		String involvedId = (involves != null) ? this.actorReferences.resolve("involves", involves) : null;
		FuzzyDate start = (from != null) ? FuzzyDate.parse(from) : null;
		FuzzyDate end = (to != null) ? FuzzyDate.parse(to) : null;
		if (start != null && end != null && start.start().compareTo(end.end()) > 0) {
			throw new BadRequestException("from (" + from + ") is after to (" + to + ").");
		}
		return TimeBucket.of(this.repository.visits(involvedId, start, end),
				this.repository.deals(involvedId, start, end), this.repository.engagements(involvedId, start, end),
				granularity);
	}

	@SchemaMapping(typeName = "Actor")
	Network network(Actor actor, @Argument Integer depth, @Argument Integer minWeight, GraphQLContext context) {
		// an explicit null overrides the schema's default: read it as the default
		return network(actor, (depth != null) ? depth : 1, (minWeight != null) ? minWeight : 1,
				RequestBudget.of(context));
	}

	private Network network(Actor actor, int depth, int minWeight, RequestBudget budget) {
		if (depth < 1 || depth > Limits.MAX_NETWORK_DEPTH) {
			throw new BadRequestException(
					"network: depth is " + depth + "; it must be 1 or " + Limits.MAX_NETWORK_DEPTH + ".");
		}
		if (minWeight < 1 || minWeight > Limits.MAX_NETWORK_MIN_WEIGHT) {
			throw new BadRequestException(
					"network: minWeight is " + minWeight + "; it must be 1 to " + Limits.MAX_NETWORK_MIN_WEIGHT + ".");
		}
		Map<String, Integer> distance = new LinkedHashMap<>();
		distance.put(actor.id(), 0);
		Deque<String> queue = new ArrayDeque<>(List.of(actor.id()));
		while (!queue.isEmpty()) {
			budget.check();
			String current = queue.poll();
			if (distance.get(current) == depth) {
				continue;
			}
			this.graph.linksOf(current).forEach((other, link) -> {
				if (link.weight() >= minWeight && !distance.containsKey(other)) {
					distance.put(other, distance.get(current) + 1);
					queue.add(other);
				}
			});
		}
		budget.chargeNodes(distance.size());
		List<NetworkEdge> edges = new ArrayList<>();
		for (String source : distance.keySet()) {
			int before = edges.size();
			this.graph.linksOf(source).forEach((target, link) -> {
				Integer targetDistance = distance.get(target);
				if (targetDistance == null || link.weight() < minWeight) {
					return;
				}
				int sourceDistance = distance.get(source);
				// each link once, from the end nearer the centre
				if (sourceDistance < targetDistance
						|| (sourceDistance == targetDistance && source.compareTo(target) < 0)) {
					edges.add(new NetworkEdge(source, target, link.weight(), List.copyOf(link.visitIds()),
							List.copyOf(link.dealIds()), List.copyOf(link.articleIds()),
							List.copyOf(link.engagementIds())));
				}
			});
			budget.chargeNodes(edges.size() - before);
		}
		edges.sort(Comparator.comparingInt(NetworkEdge::weight)
			.reversed()
			.thenComparing(NetworkEdge::sourceId)
			.thenComparing(NetworkEdge::targetId));
		return new Network(actor.id(), List.copyOf(distance.keySet()), edges);
	}

	@SchemaMapping(typeName = "Network")
	CompletableFuture<List<Actor>> nodes(Network network, DataLoader<String, Actor> actors) {
		return Loaded.all(actors, network.nodeIds()).thenApply((found) -> {
			List<Actor> sorted = new ArrayList<>(found);
			sorted.sort(Comparator.comparing((Actor node) -> !node.id().equals(network.centerId()))
				.thenComparing(Actor::sortKey)
				.thenComparing(Actor::id));
			return sorted;
		});
	}

	@SchemaMapping(typeName = "NetworkEdge")
	CompletableFuture<Actor> source(NetworkEdge edge, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, edge.sourceId());
	}

	@SchemaMapping(typeName = "NetworkEdge")
	CompletableFuture<Actor> target(NetworkEdge edge, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, edge.targetId());
	}

	@SchemaMapping(typeName = "NetworkEdge")
	CompletableFuture<List<Visit>> visits(NetworkEdge edge, DataLoader<String, Visit> visits) {
		return Loaded.all(visits, edge.visitIds());
	}

	@SchemaMapping(typeName = "NetworkEdge")
	CompletableFuture<List<DefenceDeal>> deals(NetworkEdge edge, DataLoader<String, DefenceDeal> deals) {
		return Loaded.all(deals, edge.dealIds());
	}

	@SchemaMapping(typeName = "NetworkEdge")
	CompletableFuture<List<Article>> articles(NetworkEdge edge, DataLoader<String, Article> articles) {
		return Loaded.all(articles, edge.articleIds());
	}

	@SchemaMapping(typeName = "NetworkEdge")
	CompletableFuture<List<Engagement>> engagements(NetworkEdge edge, DataLoader<String, Engagement> engagements) {
		return Loaded.all(engagements, edge.engagementIds());
	}

	/**
	 * An actor's network: the actor, the actors within reach, and the links among them.
	 */
	record Network(String centerId, List<String> nodeIds, List<NetworkEdge> edges) {
	}

	/** A link, from the actor nearer the centre, with what backs it. */
	record NetworkEdge(String sourceId, String targetId, int weight, List<String> visitIds, List<String> dealIds,
			List<String> articleIds, List<String> engagementIds) {
	}

}
