package org.diplograph.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.diplograph.model.NodeType;

/** What links two actors; immutable, shared by both actors' maps in the link graph. */
record Link(Set<String> visitIds, Set<String> dealIds, Set<String> articleIds, Set<String> engagementIds) {

	/** The number of sets a link has, one per kind of fact. */
	static final int SLOTS = 4;

	/**
	 * Where an ID goes in the sets a rebuild collects: visits, deals, articles,
	 * engagements.
	 */
	static int slot(String id) {
		return switch (NodeType.ofId(id)) {
			case VISIT -> 0;
			case DEAL -> 1;
			case ENGAGEMENT -> 3;
			default -> 2;
		};
	}

	/** A link from the sets a rebuild collected, in {@link #slot} order. */
	static Link of(List<Set<String>> sets) {
		return new Link(Collections.unmodifiableSet(sets.get(0)), Collections.unmodifiableSet(sets.get(1)),
				Collections.unmodifiableSet(sets.get(2)), Collections.unmodifiableSet(sets.get(3)));
	}

	/** Empty sets for a rebuild to fill, in {@link #slot} order. */
	static List<Set<String>> emptySets() {
		return List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
	}

	static Link of(String id) {
		List<Set<String>> sets = emptySets();
		sets.get(slot(id)).add(id);
		return of(sets);
	}

	Link plus(Link other) {
		return new Link(union(this.visitIds, other.visitIds), union(this.dealIds, other.dealIds),
				union(this.articleIds, other.articleIds), union(this.engagementIds, other.engagementIds));
	}

	Link minus(String id) {
		return new Link(without(this.visitIds, id), without(this.dealIds, id), without(this.articleIds, id),
				without(this.engagementIds, id));
	}

	int weight() {
		return this.visitIds.size() + this.dealIds.size() + this.articleIds.size() + this.engagementIds.size();
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		if (b.isEmpty()) {
			return a;
		}
		TreeSet<String> all = new TreeSet<>(a);
		all.addAll(b);
		return Collections.unmodifiableSet(all);
	}

	private static Set<String> without(Set<String> ids, String id) {
		if (!ids.contains(id)) {
			return ids;
		}
		TreeSet<String> rest = new TreeSet<>(ids);
		rest.remove(id);
		return Collections.unmodifiableSet(rest);
	}

	/** Numbers of visits, deals, articles and engagements, possibly averaged. */
	record Counts(double visits, double deals, double articles, double engagements) {
	}

}
