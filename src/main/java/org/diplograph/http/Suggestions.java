package org.diplograph.http;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names close to a misspelt one, as GraphQL servers suggest them ("Did you mean
 * name?"): the closest within about two fifths of its length in edits.
 */
final class Suggestions {

	private static final int MAX = 3;

	private Suggestions() {
	}

	static List<String> closeTo(String given, Collection<String> names) {
		int threshold = given.length() * 2 / 5 + 1;
		List<Scored> close = names.stream()
			.map((name) -> new Scored(name, distance(given.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT))))
			.filter((scored) -> scored.distance() <= threshold)
			.sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
			.toList();
		// only the closest: "hostCountyr" is hostCountry, not also fromCountry
		return close.stream()
			.filter((scored) -> scored.distance() == close.get(0).distance())
			.limit(MAX)
			.map(Scored::name)
			.toList();
	}

	/** "a", "a or b", "a, b or c". */
	static String either(List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	/** Edits (insertions, deletions, substitutions, swaps of neighbours) from a to b. */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private record Scored(String name, int distance) {
	}

}
