package org.diplograph.extraction;

import java.util.HashSet;
import java.util.Set;

import org.diplograph.common.Names;

/**
 * How alike two names are, in [0, 1], after name folding: 1 for the same key, else the
 * better of the edit-distance ratio of the keys and the share of the shorter name's words
 * (of three letters or more) the other one has.
 */
final class NameSimilarity {

	private NameSimilarity() {
	}

	static double score(String a, String b) {
		String keyA = Names.key(a);
		String keyB = Names.key(b);
		if (keyA.isEmpty() || keyB.isEmpty()) {
			return 0;
		}
		if (keyA.equals(keyB)) {
			return 1;
		}
		double edit = 1.0 - (double) distance(keyA, keyB) / Math.max(keyA.length(), keyB.length());
		return Math.max(edit, sharedWords(a, b));
	}

	private static double sharedWords(String a, String b) {
		Set<String> wordsA = words(a);
		Set<String> wordsB = words(b);
		if (wordsA.isEmpty() || wordsB.isEmpty()) {
			return 0;
		}
		Set<String> shorter = (wordsA.size() <= wordsB.size()) ? wordsA : wordsB;
		Set<String> longer = (shorter == wordsA) ? wordsB : wordsA;
		long shared = shorter.stream().filter(longer::contains).count();
		// one shared word of two is a hint, not a match: "Naveed Ashraf" and "Naveed
		// Akhtar"
		return 0.85 * shared / Math.max(shorter.size(), 1) * ((double) shorter.size() / longer.size() * 0.3 + 0.7);
	}

	private static Set<String> words(String name) {
		Set<String> words = new HashSet<>();
		for (String word : Names.fold(name).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 3) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * The words of a system's name that tell systems apart, folded: "Boran howitzers" and
	 * "MKE Boran 105mm howitzer" share "boran".
	 */
	static String systemKey(String system) {
		StringBuilder key = new StringBuilder();
		for (String word : Names.fold(system).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 2 && !Lexicon.CATEGORIES.containsKey(word)
					&& !Lexicon.CATEGORIES.containsKey(word.replaceAll("s$", ""))
					&& !Lexicon.CATEGORY_MODIFIERS.contains(word)) {
				key.append(word).append(' ');
			}
		}
		return key.toString().strip();
	}

	/** Levenshtein distance, two rows. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
