package org.diplograph.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

import org.diplograph.common.DatePrecision;
import org.diplograph.common.FuzzyDate;

/**
 * The publication date as far as it is known, and what a day, a month, a weekday or a
 * relative phrase without a year means against it: backwards for what happened, forwards
 * for a plan.
 */
record DateAnchor(int year, Integer month, Integer day) {

	private static final Map<String, Integer> SMALL_NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
			"five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);

	/** The known parts of a publication date, or null without one. */
	static DateAnchor of(FuzzyDate date) {
		if (date == null) {
			return null;
		}
		return new DateAnchor(date.year(), (date.precision() == DatePrecision.YEAR) ? null : date.month(),
				(date.precision() == DatePrecision.DAY) ? date.day() : null);
	}

	/** The day, or null when the month has no such day. */
	static FuzzyDate validDay(int year, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return null;
		}
		return FuzzyDate.of(year, month, day);
	}

	/**
	 * "22 August" without a year: the latest such day not after publication for what
	 * happened, the first not before it for a plan.
	 */
	FuzzyDate dayOfMonth(int month, int day, boolean planned) {
		int y = this.year;
		if (this.month != null) {
			int compare = (this.day != null) ? Integer.compare(month * 100 + day, this.month * 100 + this.day)
					: Integer.compare(month, this.month);
			if (!planned && compare > 0) {
				y--;
			}
			else if (planned && compare < 0) {
				y++;
			}
		}
		return validDay(y, month, day);
	}

	/**
	 * "July", "last July", "next July": the year read from the modifier or the reading.
	 */
	FuzzyDate monthAlone(int month, String modifier, boolean planned) {
		int y = this.year;
		if (this.month != null) {
			boolean forwards = planned || "next".equals(modifier) || "coming".equals(modifier);
			boolean backwards = "last".equals(modifier) || "since".equals(modifier);
			if ("this".equals(modifier)) {
				forwards = false;
				backwards = false;
			}
			if (backwards || (!forwards && !"this".equals(modifier))) {
				if (month > this.month || ("last".equals(modifier) && month == this.month)) {
					y--;
				}
			}
			else if (forwards && (month < this.month || ("next".equals(modifier) && month == this.month))) {
				y++;
			}
		}
		return FuzzyDate.of(y, month, null);
	}

	/** "yesterday", "last week", "two years ago", in lower case. */
	FuzzyDate relative(String phrase) {
		String[] words = phrase.split("\\s+");
		String unit = words[words.length - 1];
		if (phrase.endsWith("ago")) {
			int n = SMALL_NUMBERS.getOrDefault(words[0], words[0].matches("\\d+") ? Integer.parseInt(words[0]) : 1);
			return ago(n, words[1]);
		}
		switch (phrase) {
			case "yesterday":
				return shiftDays(-1);
			case "today":
			case "tonight":
				return shiftDays(0);
			case "tomorrow":
				return shiftDays(1);
			default:
				break;
		}
		int direction = phrase.startsWith("last") || phrase.startsWith("past") || phrase.startsWith("the previous")
				|| phrase.startsWith("late last") ? -1
						: (phrase.startsWith("next") || phrase.startsWith("coming")
								|| phrase.startsWith("the following") || phrase.startsWith("early next")) ? 1 : 0;
		return switch (unit) {
			case "week" -> shiftWeeks(direction);
			case "month" -> shiftMonths(direction);
			default -> FuzzyDate.of(this.year + direction, null, null);
		};
	}

	private FuzzyDate ago(int n, String unit) {
		if (unit.startsWith("year")) {
			return FuzzyDate.of(this.year - n, null, null);
		}
		if (unit.startsWith("month")) {
			return shiftMonths(-n);
		}
		if (unit.startsWith("week")) {
			return shiftWeeks(-n);
		}
		return shiftDays(unit.startsWith("day") ? -n : 0);
	}

	/**
	 * "on Monday": the latest Monday on or before publication for what happened (strictly
	 * before for "last Monday"), the first on or after it for a plan (strictly after for
	 * "next Monday").
	 */
	FuzzyDate weekday(DayOfWeek weekday, String modifier, boolean planned) {
		if (this.day == null) {
			return atPrecision();
		}
		LocalDate published = LocalDate.of(this.year, this.month, this.day);
		LocalDate date;
		if ("last".equals(modifier) || "past".equals(modifier)) {
			date = published.with(TemporalAdjusters.previous(weekday));
		}
		else if ("next".equals(modifier) || "coming".equals(modifier)) {
			date = published.with(TemporalAdjusters.next(weekday));
		}
		else if (planned) {
			date = published.with(TemporalAdjusters.nextOrSame(weekday));
		}
		else {
			date = published.with(TemporalAdjusters.previousOrSame(weekday));
		}
		return FuzzyDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** The publication month, or year: the date of a fact whose sentence gives none. */
	FuzzyDate publicationMonth() {
		return FuzzyDate.of(this.year, this.month, null);
	}

	private FuzzyDate atPrecision() {
		return FuzzyDate.of(this.year, this.month, this.day);
	}

	private FuzzyDate shiftDays(int days) {
		if (this.day == null) {
			return atPrecision();
		}
		LocalDate date = LocalDate.of(this.year, this.month, this.day).plusDays(days);
		return FuzzyDate.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** A week is no precision of its own: the month its middle falls in. */
	private FuzzyDate shiftWeeks(int weeks) {
		if (this.day == null) {
			return atPrecision();
		}
		LocalDate date = LocalDate.of(this.year, this.month, this.day).plusWeeks(weeks);
		if (weeks != 0) {
			date = date.with(DayOfWeek.WEDNESDAY);
		}
		return FuzzyDate.of(date.getYear(), date.getMonthValue(), null);
	}

	private FuzzyDate shiftMonths(int months) {
		if (this.month == null) {
			return FuzzyDate.of(this.year, null, null);
		}
		YearMonth month = YearMonth.of(this.year, this.month).plusMonths(months);
		return FuzzyDate.of(month.getYear(), month.getMonthValue(), null);
	}

}
