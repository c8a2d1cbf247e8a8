package org.diplograph.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Readable ID parts made from names: folded as {@link Names} folds them, letters and
 * digits joined by hyphens ("Haluk Görgün" is haluk-gorgun).
 */
public final class Slugs {

	private static final int MAX_LENGTH = 60;

	private Slugs() {
	}

	/**
	 * A readable ID: the prefix, the year and month of the date when there is one (of its
	 * start, for a span), then each part that is not empty, joined by hyphens ("visit:"
	 * 2025-07 [haluk-gorgun, dhaka] is visit:2025-07-haluk-gorgun-dhaka).
	 */
	public static String datedId(String prefix, FuzzyDate date, List<String> parts) {
		List<String> all = new ArrayList<>();
		if (date != null) {
			all.add(date.iso().substring(0, Math.min(7, date.iso().length())));
		}
		parts.stream().filter((part) -> !part.isEmpty()).forEach(all::add);
		return prefix + String.join("-", all);
	}

	/**
	 * The slug of the first {@code maxWords} words of the text; empty when it has none.
	 */
	public static String of(String text, int maxWords) {
		if (text == null) {
			return "";
		}
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		String folded = Names.fold(text);
		for (int i = 0; i <= folded.length() && words.size() < maxWords; i++) {
			char ch = (i < folded.length()) ? folded.charAt(i) : ' ';
			if (ch < 128 && Character.isLetterOrDigit(ch)) {
				word.append(ch);
			}
			else if (!word.isEmpty()) {
				words.add(word.toString());
				word.setLength(0);
			}
		}
		String slug = String.join("-", words);
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
			slug = slug.substring(0, Math.max(slug.lastIndexOf('-'), 1));
		}
		return slug;
	}

}
