package org.diplograph.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Mention;
import org.diplograph.model.Visit;

/**
 * The pairs of actors each visit, deal, engagement and article links: a visit links
 * whoever visited with whoever hosted or was met, a deal its parties, an engagement those
 * taking part, an article the actors it names in one paragraph.
 */
final class LinkPairs {

	private LinkPairs() {
	}

	/**
	 * The pairs a visit, deal, engagement or article links; null for any other document.
	 */
	static Set<Pair> of(Object document) {
		if (document instanceof Visit visit) {
			Set<Pair> pairs = new LinkedHashSet<>();
			for (String visiting : Relationship.visitingSide(visit)) {
				for (String hosting : Relationship.hostSide(visit)) {
					Pair.of(visiting, hosting, pairs);
				}
			}
			return pairs;
		}
		if (document instanceof DefenceDeal deal) {
			Set<Pair> pairs = new LinkedHashSet<>();
			eachPair(deal.partyIds(), pairs);
			return pairs;
		}
		if (document instanceof Engagement engagement) {
			Set<Pair> pairs = new LinkedHashSet<>();
			eachPair(Relationship.takingPart(engagement), pairs);
			return pairs;
		}
		if (document instanceof Article article) {
			Set<Pair> pairs = new LinkedHashSet<>();
			for (Set<String> paragraph : actorsByParagraph(article)) {
				eachPair(paragraph, pairs);
			}
			return pairs;
		}
		return null;
	}

	/** The ID of a visit, deal, engagement or article. */
	static String idOf(Object document) {
		if (document instanceof Visit visit) {
			return visit.id();
		}
		if (document instanceof DefenceDeal deal) {
			return deal.id();
		}
		return (document instanceof Engagement engagement) ? engagement.id() : ((Article) document).id();
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

	private static void eachPair(Collection<String> ids, Set<Pair> pairs) {
		List<String> distinct = ids.stream().distinct().toList();
		for (int i = 0; i < distinct.size(); i++) {
			for (int j = i + 1; j < distinct.size(); j++) {
				Pair.of(distinct.get(i), distinct.get(j), pairs);
			}
		}
	}

	/** Two linked actors, the lesser ID first. */
	record Pair(String a, String b) {

		static void of(String x, String y, Set<Pair> pairs) {
			if (x != null && y != null && !x.equals(y)) {
				pairs.add((x.compareTo(y) < 0) ? new Pair(x, y) : new Pair(y, x));
			}
		}

	}

}
