package org.diplograph.extraction;

import java.util.Locale;

/**
 * How the words of a system phrase read: the written word a token is part of ("T"
 * "-129"), the system's name and category ("light tank"), the quantity before it and the
 * total a sentence plans.
 */
final class SystemWords {

	private SystemWords() {
	}

	/** The written word token {@code k} is part of: "T" "-129" is "T-129". */
	static String gluedWord(SentenceView s, int k) {
		int from = k;
		int to = k;
		while (from > 0 && s.token(from - 1).end() == s.token(from).start() && isWordPiece(s.token(from - 1))) {
			from--;
		}
		while (to + 1 < s.size() && s.token(to).end() == s.token(to + 1).start() && isWordPiece(s.token(to + 1))) {
			to++;
		}
		StringBuilder word = new StringBuilder();
		for (int i = from; i <= to; i++) {
			word.append(s.token(i).text());
		}
		return word.toString();
	}

	private static boolean isWordPiece(Token token) {
		return token.text().chars().anyMatch(Character::isLetterOrDigit) && !token.text().equals("'s")
				&& !token.text().equals("\u2019s");
	}

	/** The name of tokens [first, head], the head in the singular, capitalised. */
	static String nameOf(SentenceView s, int first, int head) {
		StringBuilder name = new StringBuilder();
		for (int i = first; i <= head; i++) {
			Token token = s.token(i);
			String text = (i == head) ? singular(token) : token.text();
			if (i > first && token.start() > s.token(i - 1).end()) {
				name.append(' ');
			}
			name.append(text);
		}
		String result = name.toString();
		return Character.isLowerCase(result.charAt(0)) ? Character.toUpperCase(result.charAt(0)) + result.substring(1)
				: result;
	}

	private static String singular(Token token) {
		String text = token.text();
		String lemma = token.lemma();
		if (lemma.length() > 1 && text.toLowerCase(Locale.ROOT).startsWith(lemma) && text.length() > lemma.length()) {
			return text.substring(0, lemma.length());
		}
		return text;
	}

	/** The head noun's category, narrowed by the words before it ("light tank"). */
	static String categoryOf(SentenceView s, int first, int head, String category) {
		if ("Tank".equals(category) && s.isWord(head - 1, "light")) {
			return "Light tank";
		}
		if ("Tank".equals(category) && s.isWord(head - 1, "battle")) {
			return "Main battle tank";
		}
		if ("Unmanned aerial vehicle".equals(category) && s.find(first, head, "combat", "armed", "attack") >= 0) {
			return "Unmanned combat aerial vehicle";
		}
		if ("Ship".equals(category) && s.isWord(head - 1, "patrol")) {
			return "Patrol vessel";
		}
		if ("Armoured vehicle".equals(category)
				&& s.find(first, head, "armoured", "armored", "personnel", "infantry") < 0 && !s.isLemma(head, "apc")) {
			return "Vehicle";
		}
		return category;
	}

	/** The quantity just before a system: "18 Boran howitzers", "six more frigates". */
	static Integer quantityBefore(SentenceView s, int first) {
		for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
			Integer number = Lexicon.number(s.token(k));
			if (number != null) {
				if (s.isWord(k + 1, "percent", "%", "per", "years", "year", "months", "days")) {
					return null;
				}
				if (s.isWord(k - 1, "dozen") || s.isWord(k + 1, "dozen")) {
					return number * 12;
				}
				return number;
			}
			if (!s.isWord(k, "more", "additional", "new", "another", "further", "of", "the", "up", "to", "some",
					"around", "about", "nearly", "over", "least", "at", "as", "many", "a", "extra", "unspecified",
					"number")) {
				return null;
			}
		}
		return null;
	}

	/**
	 * A second number the sentence calls the total or the plan: "18 of a planned 200",
	 * "up to 200 in all".
	 */
	static Integer plannedQuantity(SentenceView s, Integer quantity) {
		for (int i = 0; i < s.size(); i++) {
			Integer number = Lexicon.number(s.token(i));
			if (number == null || number.equals(quantity) || s.isWord(i + 1, "percent", "%", "years", "year")
					|| s.token(i).text().matches("(19|20)\\d\\d")) {
				continue;
			}
			if (s.find(Math.max(0, i - 3), i, "planned", "total", "eventually", "ultimately", "overall") >= 0
					|| s.find(i + 1, Math.min(s.size(), i + 3), "planned", "total", "all", "eventually") >= 0) {
				return number;
			}
		}
		return null;
	}

}
