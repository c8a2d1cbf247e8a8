package org.diplograph.extraction;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.common.FuzzyDate;

/**
 * Resolves the date expressions of a sentence against the publication date, on java.time:
 * backwards when the sentence reports what happened ("on Monday" is the latest Monday on
 * or before publication, "in July" the latest July not after the publication month),
 * forwards when it reports a plan. A publication date known only to the month or year
 * bounds what can be resolved: "on Monday" in an article dated only "2025-07" is July
 * 2025.
 */
final class DateResolver {

	/**
	 * One date expression of a text: where it is, what it resolves to, how many days it
	 * spans.
	 */
	record DateMention(int start, int end, FuzzyDate date, Integer days, boolean relative) {

	}

	private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

	private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";

	/** The last day of a range: "3-5 March". */
	private static final String LAST_DAY = "(?<last>\\d{1,2})(?:st|nd|rd|th)?";

	private static final String YEAR = "(?<year>(?:19|20)\\d{2})";

	private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

	private static final Pattern ISO_DATE = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");

	private static final Pattern DAY_RANGE_MONTH = Pattern.compile(
			"\\b" + DAY + "\\s*(?:-|–|to|and)\\s*" + LAST_DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");

	private static final Pattern MONTH_DAY_RANGE = Pattern
		.compile(MONTH + "\\s+" + DAY + "\\s*(?:-|–|to|and)\\s*" + LAST_DAY + "\\b(?:,?\\s+" + YEAR + ")?");

	private static final Pattern DAY_MONTH = Pattern
		.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?(?![\\p{L}])");

	private static final Pattern MONTH_DAY = Pattern
		.compile(MONTH + "\\s+" + DAY + "\\b(?!\\s*(?:-|–)?\\s*\\d)" + "(?:,?\\s+" + YEAR + ")?");

	/**
	 * The forms that name a day of a month, ranges first; each has the groups day, month
	 * and year.
	 */
	private static final List<Pattern> DAY_FORMS = List.of(DAY_RANGE_MONTH, MONTH_DAY_RANGE, DAY_MONTH, MONTH_DAY);

	private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(?:of\\s+)?" + YEAR + "\\b");

	private static final Pattern MONTH_ALONE = Pattern
		.compile("(?i:\\b(last|this|next|coming|early|mid|late|in|since|during|by|until|till|from|before|after|"
				+ "through|throughout|end of|beginning of|start of|mid-))?\\s*" + MONTH + "(?![\\p{L}])");

	private static final Pattern YEAR_ALONE = Pattern
		.compile("(?i:\\b(in|since|during|by|until|till|from|of|early|late|mid|mid-|before|after|through|throughout"
				+ "|for|end of|beginning of|start of|the year|fiscal|financial|year))\\s+" + YEAR + "\\b(?![-/]\\d)");

	private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(yesterday|today|tomorrow|tonight"
			+ "|(?:last|this|next|coming|past|earlier this|later this|early this|late last|early next|the previous|the following|the same)"
			+ "\\s+(week|month|year)"
			+ "|(a|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(days?|weeks?|months?|years?)\\s+ago)\\b");

	private static final Pattern WEEKDAY_PHRASE = Pattern
		.compile("(?i:\\b(last|this|next|coming|on|past))?\\s*\\b" + WEEKDAY + "\\b");

	private DateResolver() {
	}

	/**
	 * Every date expression of {@code text}, in order, resolved against
	 * {@code publishedOn}; {@code planned} when the text reports a plan. Offsets are into
	 * {@code text} plus {@code offset}.
	 */
	static List<DateMention> resolve(String text, int offset, FuzzyDate publishedOn, boolean planned) {
		List<DateMention> found = new ArrayList<>();
		DateAnchor anchor = DateAnchor.of(publishedOn);
		Matcher m = ISO_DATE.matcher(text);
		while (m.find()) {
			add(found, m, offset, DateAnchor.validDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))), null, false);
		}
		for (Pattern form : DAY_FORMS) {
			boolean range = form == DAY_RANGE_MONTH || form == MONTH_DAY_RANGE;
			m = form.matcher(text);
			while (m.find()) {
				int day = Integer.parseInt(m.group("day"));
				FuzzyDate date = dayOfMonth(anchor, planned, month(m.group("month")), day, m.group("year"));
				int last = range ? Integer.parseInt(m.group("last")) : day;
				add(found, m, offset, date, (range && last >= day) ? last - day + 1 : null, false);
			}
		}
		m = MONTH_YEAR.matcher(text);
		while (m.find()) {
			add(found, m, offset, FuzzyDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), null), null, false);
		}
		m = MONTH_ALONE.matcher(text);
		while (m.find()) {
			String modifier = (m.group(1) != null) ? m.group(1).toLowerCase(Locale.ROOT) : null;
			boolean may = m.group(2).equals("May");
			if (may && (modifier == null || modifier.equals("mid-"))) {
				continue;
			}
			FuzzyDate date = (anchor != null) ? anchor.monthAlone(month(m.group(2)), modifier, planned) : null;
			add(found, m, offset, date, null, true);
		}
		m = YEAR_ALONE.matcher(text);
		while (m.find()) {
			add(found, m, offset, FuzzyDate.of(Integer.parseInt(m.group(2)), null, null), null, false);
		}
		m = RELATIVE.matcher(text);
		while (m.find()) {
			FuzzyDate date = (anchor != null) ? anchor.relative(m.group(0).toLowerCase(Locale.ROOT)) : null;
			add(found, m, offset, date, null, true);
		}
		m = WEEKDAY_PHRASE.matcher(text);
		while (m.find()) {
			String modifier = (m.group(1) != null) ? m.group(1).toLowerCase(Locale.ROOT) : null;
			DayOfWeek weekday = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
			add(found, m, offset, (anchor != null) ? anchor.weekday(weekday, modifier, planned) : null, null, true);
		}
		found.sort(Comparator.comparingInt(DateMention::start));
		return found;
	}

	/** Keeps the first (most specific) match of any overlapping expressions. */
	private static void add(List<DateMention> found, Matcher m, int offset, FuzzyDate date, Integer days,
			boolean relative) {
		if (date == null) {
			return;
		}
		int start = offset + m.start() + leadingSpace(m.group());
		int end = offset + m.end();
		for (DateMention other : found) {
			if (start < other.end() && other.start() < end) {
				return;
			}
		}
		found.add(new DateMention(start, end, date, days, relative));
	}

	private static int leadingSpace(String text) {
		int i = 0;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static int month(String name) {
		String key = name.toLowerCase(Locale.ROOT).replace(".", "");
		key = key.startsWith("sept") ? "sep" : key.substring(0, 3);
		for (Month month : Month.values()) {
			if (month.name().toLowerCase(Locale.ROOT).startsWith(key)) {
				return month.getValue();
			}
		}
		throw new IllegalArgumentException(name);
	}

	/** A day of a month; without a year, the one the publication date makes it. */
	private static FuzzyDate dayOfMonth(DateAnchor anchor, boolean planned, int month, int day, String year) {
		if (year != null) {
			return DateAnchor.validDay(Integer.parseInt(year), month, day);
		}
		return (anchor != null) ? anchor.dayOfMonth(month, day, planned) : null;
	}

	/** The fallback when a sentence has no date: the publication month (or year). */
	static FuzzyDate fallback(FuzzyDate publishedOn) {
		DateAnchor anchor = DateAnchor.of(publishedOn);
		return (anchor != null) ? anchor.publicationMonth() : null;
	}

}
