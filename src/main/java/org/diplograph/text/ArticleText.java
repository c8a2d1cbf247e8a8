package org.diplograph.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Names;

/**
 * A source text split into what it says about itself (title, author, date) and its body
 * without site boilerplate: language pickers, "follow us" lines, related-article lists,
 * pull quotes repeated from the text, and stray blank lines. Paragraphs of the body are
 * separated by one blank line.
 */
public record ArticleText(String title, String author, FuzzyDate publishedOn, String body) {

	private static final Pattern LANGUAGE_PICKER = Pattern.compile("[A-Z]{2}(\\s*\\|\\s*[A-Z]{2})+");

	private static final Pattern FOLLOW_LINE = Pattern.compile("(?i)follow\\b.*\\b(us|channel|page)\\b.*");

	private static final Pattern RELATED_LIST = Pattern
		.compile("(?i)(more on this topic|related (articles|stories|news)|read more|you may also like)\\s*:?");

	private static final Pattern DATE_PREFIX = Pattern.compile("(?i)date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(.*)");

	private static final Pattern BYLINE = Pattern.compile("(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}),\\s+"
			+ "((?:January|February|March|April|May|June|July|August|September|October|November|December)"
			+ "\\s+\\d{1,2},\\s+\\d{4})");

	private static final DateTimeFormatter BYLINE_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

	private static final int MAX_TITLE_LENGTH = 160;

	private static final int MAX_FOLLOW_LINE = 80;

	public static ArticleText clean(String raw) {
		List<String> lines = new ArrayList<>();
		for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String trimmed = line.replace('\u00a0', ' ').strip();
			if (RELATED_LIST.matcher(trimmed).matches()) {
				break;
			}
			boolean followLine = trimmed.length() <= MAX_FOLLOW_LINE && FOLLOW_LINE.matcher(trimmed).matches();
			if (!trimmed.isEmpty() && !LANGUAGE_PICKER.matcher(trimmed).matches() && !followLine) {
				lines.add(trimmed);
			}
		}
		String title = null;
		String author = null;
		FuzzyDate publishedOn = null;
		if (!lines.isEmpty()) {
			Matcher datePrefix = DATE_PREFIX.matcher(lines.get(0));
			publishedOn = datePrefix.matches() ? isoDate(datePrefix.group(1)) : null;
			if (publishedOn != null) {
				lines.set(0, datePrefix.group(2).strip());
			}
		}
		if (lines.size() > 1) {
			Matcher byline = BYLINE.matcher(lines.get(1));
			if (byline.matches() && isHeadline(lines.get(0))) {
				title = lines.remove(0);
				author = byline.group(1);
				publishedOn = bylineDate(byline.group(2));
				lines.remove(0);
			}
			else if (isHeadline(lines.get(0)) && !isHeadline(lines.get(1))) {
				title = lines.remove(0);
			}
		}
		List<String> paragraphs = withoutPullQuotes(lines);
		return new ArticleText(title, author, publishedOn, String.join("\n\n", paragraphs));
	}

	/**
	 * The words of the body: runs of letters and digits, an apostrophe within a word kept
	 * ("Bangladesh's" is one word).
	 */
	public int wordCount() {
		return (int) WORD.matcher(this.body).results().count();
	}

	/** A headline: short, with no sentence-ending full stop. */
	private static boolean isHeadline(String line) {
		return line.length() <= MAX_TITLE_LENGTH && !line.endsWith(".") && !line.endsWith("\u201d")
				&& !line.endsWith("\"") && line.split("\\s+").length >= 4;
	}

	/** Drops a paragraph that repeats, word for word, part of a longer paragraph. */
	private static List<String> withoutPullQuotes(List<String> lines) {
		List<String> keys = lines.stream().map(ArticleText::comparable).toList();
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String key = keys.get(i);
			boolean repeated = false;
			for (int j = 0; j < lines.size() && !repeated; j++) {
				repeated = j != i && keys.get(j).length() > key.length() && keys.get(j).contains(key)
						&& key.split(" ").length >= 8;
			}
			if (!repeated) {
				kept.add(lines.get(i));
			}
		}
		return kept;
	}

	private static String comparable(String line) {
		return Names.fold(line).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/**
	 * The date of a "date" line, or null when it is no calendar date (the line then stays
	 * text).
	 */
	private static FuzzyDate isoDate(String text) {
		try {
			LocalDate date = LocalDate.parse(text);
			return FuzzyDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static FuzzyDate bylineDate(String text) {
		try {
			LocalDate date = LocalDate.parse(text, BYLINE_DATE);
			return FuzzyDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
