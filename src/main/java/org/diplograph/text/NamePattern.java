package org.diplograph.text;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One name as {@link MentionFinder} looks for it, folded, and the actors it may name:
 * some in any case, some only when the text has the exact case (an acronym such as MKE).
 */
final class NamePattern {

	private final String[] words;

	private final Map<String, Set<String>> exactFormsByActor = new LinkedHashMap<>();

	private final Set<String> anyCaseActors = new HashSet<>();

	NamePattern(String folded) {
		this.words = folded.split(" ");
	}

	/** How many words the name has. */
	int length() {
		return this.words.length;
	}

	String firstWord() {
		return this.words[0];
	}

	/**
	 * Whether the words of the text from word {@code index} on are this pattern's words.
	 */
	boolean matchesAt(String text, List<int[]> textWords, int index) {
		for (int i = 0; i < this.words.length; i++) {
			int[] word = textWords.get(index + i);
			if (word[1] - word[0] != this.words[i].length() || !text.startsWith(this.words[i], word[0])) {
				return false;
			}
		}
		return true;
	}

	void add(String actorId, String exactForm) {
		if (exactForm == null) {
			this.anyCaseActors.add(actorId);
		}
		else {
			this.exactFormsByActor.computeIfAbsent(actorId, (id) -> new HashSet<>()).add(exactForm);
		}
	}

	Set<String> actorIdsMatching(String original) {
		Set<String> actorIds = new HashSet<>(this.anyCaseActors);
		String letters = lettersWithoutAccents(original);
		this.exactFormsByActor.forEach((actorId, forms) -> {
			if (forms.contains(letters)) {
				actorIds.add(actorId);
			}
		});
		return actorIds;
	}

	/** The letters and digits of a text without their accents. */
	static String lettersWithoutAccents(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder letters = new StringBuilder();
		decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		return letters.toString();
	}

}
