package org.diplograph.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.diplograph.model.NodeType;

/** What links two actors; immutable, shared by both actors' maps. */
record Link(Set<String> visitIds, Set<String> dealIds, Set<String> articleIds) {

	/** Where an ID goes in the sets a rebuild collects: visits, deals, articles. */
	static int slot(String id) {
		NodeType type = NodeType.ofId(id);
		return (type == NodeType.VISIT) ? 0 : (type == NodeType.DEAL) ? 1 : 2;
	}

	/** A link from the sets a rebuild collected, in {@link #slot} order. */
	static Link of(List<Set<String>> sets) {
		return new Link(Collections.unmodifiableSet(sets.get(0)), Collections.unmodifiableSet(sets.get(1)),
				Collections.unmodifiableSet(sets.get(2)));
	}

	static Link of(String id) {
		NodeType type = NodeType.ofId(id);
		return new Link(set((type == NodeType.VISIT) ? id : null), set((type == NodeType.DEAL) ? id : null),
				set((type == NodeType.ARTICLE) ? id : null));
	}

	Link plus(Link other) {
		return new Link(union(this.visitIds, other.visitIds), union(this.dealIds, other.dealIds),
				union(this.articleIds, other.articleIds));
	}

	Link minus(String id) {
		return new Link(without(this.visitIds, id), without(this.dealIds, id), without(this.articleIds, id));
	}

	int weight() {
		return this.visitIds.size() + this.dealIds.size() + this.articleIds.size();
	}

	private static Set<String> set(String id) {
		return (id != null) ? Set.of(id) : Set.of();
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

}
