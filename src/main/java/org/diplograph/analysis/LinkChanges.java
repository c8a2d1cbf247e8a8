package org.diplograph.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.diplograph.analysis.LinkPairs.Pair;

/**
 * The links of every actor, by the other actor's ID, built from the pairs each visit,
 * deal, engagement and article links, and changed for the documents a write changed by
 * copying only the actors' maps it touches, so that readers of the graph before keep an
 * unchanged snapshot.
 */
final class LinkChanges {

	private final Map<String, Map<String, Link>> graph;

	private final Set<String> copied = new HashSet<>();

	/** Changes to a copy of {@code graph}, which itself stays as it is. */
	LinkChanges(Map<String, Map<String, Link>> graph) {
		this.graph = new HashMap<>(graph);
	}

	/** The graph of the pairs each document (by ID) links. */
	static Map<String, Map<String, Link>> build(Map<String, Set<Pair>> contributions) {
		Map<Pair, List<Set<String>>> byPair = new HashMap<>();
		contributions.forEach((id, pairs) -> pairs
			.forEach((pair) -> byPair.computeIfAbsent(pair, (key) -> Link.emptySets()).get(Link.slot(id)).add(id)));
		Map<String, Map<String, Link>> graph = new HashMap<>();
		byPair.forEach((pair, sets) -> {
			Link link = Link.of(sets);
			graph.computeIfAbsent(pair.a(), (key) -> new HashMap<>()).put(pair.b(), link);
			graph.computeIfAbsent(pair.b(), (key) -> new HashMap<>()).put(pair.a(), link);
		});
		return graph;
	}

	/**
	 * Moves the document {@code id} from linking the pairs {@code before} to
	 * {@code after}.
	 */
	void replace(String id, Set<Pair> before, Set<Pair> after) {
		for (Pair pair : before) {
			if (!after.contains(pair)) {
				change(pair, (link) -> link.minus(id));
			}
		}
		for (Pair pair : after) {
			if (!before.contains(pair)) {
				change(pair, (link) -> (link != null) ? link.plus(Link.of(id)) : Link.of(id));
			}
		}
	}

	/** The graph with every change made. */
	Map<String, Map<String, Link>> graph() {
		return this.graph;
	}

	/**
	 * Replaces the link of a pair in both its actors' maps, copying each map the first
	 * time it is touched; a link with nothing behind it goes.
	 */
	private void change(Pair pair, UnaryOperator<Link> change) {
		for (String actor : List.of(pair.a(), pair.b())) {
			if (this.copied.add(actor)) {
				this.graph.put(actor, new HashMap<>(this.graph.getOrDefault(actor, Map.of())));
			}
		}
		Link changed = change.apply(this.graph.get(pair.a()).get(pair.b()));
		if (changed == null || changed.weight() == 0) {
			this.graph.get(pair.a()).remove(pair.b());
			this.graph.get(pair.b()).remove(pair.a());
		}
		else {
			this.graph.get(pair.a()).put(pair.b(), changed);
			this.graph.get(pair.b()).put(pair.a(), changed);
		}
	}

}
