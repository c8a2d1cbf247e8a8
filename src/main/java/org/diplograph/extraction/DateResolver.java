package org.diplograph.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.common.DatePrecision;
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

	private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String YEAR = "((?:19|20)\\d{2})";

	private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

	private static final Pattern ISO_DATE = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");

	private static final Pattern DAY_RANGE_MONTH = Pattern
		.compile("\\b" + DAY + "\\s*(?:-|–|to|and)\\s*" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?");

	private static final Pattern MONTH_DAY_RANGE = Pattern
		.compile(MONTH + "\\s+" + DAY + "\\s*(?:-|–|to|and)\\s*" + DAY + "\\b(?:,?\\s+" + YEAR + ")?");

	private static final Pattern DAY_MONTH = Pattern
		.compile("\\b" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+" + YEAR + ")?(?![\\p{L}])");

	private static final Pattern MONTH_DAY = Pattern
		.compile(MONTH + "\\s+" + DAY + "\\b(?!\\s*(?:-|–)?\\s*\\d)" + "(?:,?\\s+" + YEAR + ")?");

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

	private static final Map<String, Integer> SMALL_NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
			"five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);

	private DateResolver() {
	}

	/**
	 * Every date expression of {@code text}, in order, resolved against
	 * {@code publishedOn}; {@code planned} when the text reports a plan. Offsets are into
	 * {@code text} plus {@code offset}.
	 */
	static List<DateMention> resolve(String text, int offset, FuzzyDate publishedOn, boolean planned) {
		List<DateMention> found = new ArrayList<>();
		Anchor anchor = Anchor.of(publishedOn);
		Matcher m = ISO_DATE.matcher(text);
		while (m.find()) {
			add(found, m, offset,
					day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), null,
					false);
		}
		m = DAY_RANGE_MONTH.matcher(text);
		while (m.find()) {
			int from = Integer.parseInt(m.group(1));
			int to = Integer.parseInt(m.group(2));
			FuzzyDate date = dayOfMonth(anchor, planned, month(m.group(3)), from, m.group(4));
			add(found, m, offset, date, (to >= from) ? to - from + 1 : null, false);
		}
		m = MONTH_DAY_RANGE.matcher(text);
		while (m.find()) {
			int from = Integer.parseInt(m.group(2));
			int to = Integer.parseInt(m.group(3));
			FuzzyDate date = dayOfMonth(anchor, planned, month(m.group(1)), from, m.group(4));
			add(found, m, offset, date, (to >= from) ? to - from + 1 : null, false);
		}
		m = DAY_MONTH.matcher(text);
		while (m.find()) {
			add(found, m, offset,
					dayOfMonth(anchor, planned, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3)), null,
					false);
		}
		m = MONTH_DAY.matcher(text);
		while (m.find()) {
			add(found, m, offset,
					dayOfMonth(anchor, planned, month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)), null,
					false);
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
			add(found, m, offset, monthAlone(anchor, planned, month(m.group(2)), modifier), null, true);
		}
		m = YEAR_ALONE.matcher(text);
		while (m.find()) {
			add(found, m, offset, FuzzyDate.of(Integer.parseInt(m.group(2)), null, null), null, false);
		}
		m = RELATIVE.matcher(text);
		while (m.find()) {
			add(found, m, offset, relative(anchor, m.group(0).toLowerCase(Locale.ROOT)), null, true);
		}
		m = WEEKDAY_PHRASE.matcher(text);
		while (m.find()) {
			String modifier = (m.group(1) != null) ? m.group(1).toLowerCase(Locale.ROOT) : null;
			add(found, m, offset,
					weekday(anchor, planned, DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)), modifier), null,
					true);
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

	private static FuzzyDate day(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return FuzzyDate.of(year, month, day);
	}

	/**
	 * "22 August" without a year: the latest such day not after publication for what
	 * happened, the first not before it for a plan.
	 */
	private static FuzzyDate dayOfMonth(Anchor anchor, boolean planned, int month, int day, String year) {
		if (year != null) {
			return day(Integer.parseInt(year), month, day);
		}
		if (anchor == null) {
			return null;
		}
		int y = anchor.year;
		if (anchor.month != null) {
			int compare = (anchor.day != null) ? Integer.compare(month * 100 + day, anchor.month * 100 + anchor.day)
					: Integer.compare(month, anchor.month);
			if (!planned && compare > 0) {
				y--;
			}
			else if (planned && compare < 0) {
				y++;
			}
		}
		return day(y, month, day);
	}

	private static FuzzyDate monthAlone(Anchor anchor, boolean planned, int month, String modifier) {
		if (anchor == null) {
			return null;
		}
		int y = anchor.year;
		if (anchor.month != null) {
			boolean forwards = planned || "next".equals(modifier) || "coming".equals(modifier);
			boolean backwards = "last".equals(modifier) || "since".equals(modifier);
			if ("this".equals(modifier)) {
				forwards = false;
				backwards = false;
			}
			if (backwards || (!forwards && !"this".equals(modifier))) {
				if (month > anchor.month || ("last".equals(modifier) && month == anchor.month)) {
					y--;
				}
			}
			else if (forwards && (month < anchor.month || ("next".equals(modifier) && month == anchor.month))) {
				y++;
			}
		}
		return FuzzyDate.of(y, month, null);
	}

	private static FuzzyDate relative(Anchor anchor, String phrase) {
		if (anchor == null) {
			return null;
		}
		String[] words = phrase.split("\\s+");
		String unit = words[words.length - 1];
		if (phrase.endsWith("ago")) {
			int n = SMALL_NUMBERS.getOrDefault(words[0], words[0].matches("\\d+") ? Integer.parseInt(words[0]) : 1);
			String ofUnit = words[1];
			return shifted(anchor, ofUnit.startsWith("day") ? n : 0, ofUnit.startsWith("week") ? n : 0,
					ofUnit.startsWith("month") ? n : 0, ofUnit.startsWith("year") ? n : 0, ofUnit);
		}
		switch (phrase) {
			case "yesterday":
				return anchor.shiftDays(-1);
			case "today":
			case "tonight":
				return anchor.shiftDays(0);
			case "tomorrow":
				return anchor.shiftDays(1);
			default:
				break;
		}
		int direction = phrase.startsWith("last") || phrase.startsWith("past") || phrase.startsWith("the previous")
				|| phrase.startsWith("late last") ? -1
						: (phrase.startsWith("next") || phrase.startsWith("coming")
								|| phrase.startsWith("the following") || phrase.startsWith("early next")) ? 1 : 0;
		return switch (unit) {
			case "week" -> anchor.shiftWeeks(direction);
			case "month" -> anchor.shiftMonths(direction);
			default -> FuzzyDate.of(anchor.year + direction, null, null);
		};
	}

	private static FuzzyDate shifted(Anchor anchor, int days, int weeks, int months, int years, String unit) {
		if (unit.startsWith("year")) {
			return FuzzyDate.of(anchor.year - years, null, null);
		}
		if (unit.startsWith("month")) {
			return anchor.shiftMonths(-months);
		}
		if (unit.startsWith("week")) {
			return anchor.shiftWeeks(-weeks);
		}
		return anchor.shiftDays(-days);
	}

	/**
	 * "on Monday": the latest Monday on or before publication for what happened (strictly
	 * before for "last Monday"), the first on or after it for a plan (strictly after for
	 * "next Monday").
	 */
	private static FuzzyDate weekday(Anchor anchor, boolean planned, DayOfWeek day, String modifier) {
		if (anchor == null) {
			return null;
		}
		if (anchor.day == null) {
			return anchor.atPrecision();
		}
		LocalDate published = LocalDate.of(anchor.year, anchor.month, anchor.day);
		LocalDate date;
		if ("last".equals(modifier) || "past".equals(modifier)) {
			date = published.with(TemporalAdjusters.previous(day));
		}
		else if ("next".equals(modifier) || "coming".equals(modifier)) {
			date = published.with(TemporalAdjusters.next(day));
		}
		else if (planned) {
			date = published.with(TemporalAdjusters.nextOrSame(day));
		}
		else {
			date = published.with(TemporalAdjusters.previousOrSame(day));
		}
		return FuzzyDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** The fallback when a sentence has no date: the publication month (or year). */
	static FuzzyDate fallback(FuzzyDate publishedOn) {
		Anchor anchor = Anchor.of(publishedOn);
		if (anchor == null) {
			return null;
		}
		return FuzzyDate.of(anchor.year, anchor.month, null);
	}

	/** The publication date as the parts known. */
	private record Anchor(int year, Integer month, Integer day) {

		static Anchor of(FuzzyDate date) {
			if (date == null) {
				return null;
			}
			return new Anchor(date.year(), (date.precision() == DatePrecision.YEAR) ? null : date.month(),
					(date.precision() == DatePrecision.DAY) ? date.day() : null);
		}

		FuzzyDate atPrecision() {
			return FuzzyDate.of(this.year, this.month, this.day);
		}

		FuzzyDate shiftDays(int days) {
			if (this.day == null) {
				return atPrecision();
			}
			LocalDate date = LocalDate.of(this.year, this.month, this.day).plusDays(days);
			return FuzzyDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
		}

		/** A week is no precision of its own: the month its middle falls in. */
		FuzzyDate shiftWeeks(int weeks) {
			if (this.day == null) {
				return atPrecision();
			}
			LocalDate date = LocalDate.of(this.year, this.month, this.day).plusWeeks(weeks);
			if (weeks != 0) {
				date = date.with(DayOfWeek.WEDNESDAY);
			}
			return FuzzyDate.of(date.getYear(), date.getMonthValue(), null);
		}

		FuzzyDate shiftMonths(int months) {
			if (this.month == null) {
				return FuzzyDate.of(this.year, null, null);
			}
			YearMonth month = YearMonth.of(this.year, this.month).plusMonths(months);
			return FuzzyDate.of(month.getYear(), month.getMonthValue(), null);
		}

	}

}
