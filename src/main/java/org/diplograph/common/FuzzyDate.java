package org.diplograph.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the precision its source gives: a year, a month or a day, or a span
 * from one such date to a later one ({@code until}) where the source gives only a period
 * ("in the past year and a half"). {@code start} and {@code end} are the first and last
 * day of the whole period, as ISO strings, so MongoDB can sort and range-filter fuzzy
 * dates by plain string comparison; the other fields describe the first date.
 */
public record FuzzyDate(int year, Integer month, Integer day, DatePrecision precision, String iso, String start,
		String end, FuzzyDate until) {

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public static FuzzyDate of(int year, Integer month, Integer day) {
		if (month == null) {
			return new FuzzyDate(year, null, null, DatePrecision.YEAR, "%04d".formatted(year),
					LocalDate.of(year, 1, 1).toString(), LocalDate.of(year, 12, 31).toString(), null);
		}
		if (day == null) {
			YearMonth yearMonth = YearMonth.of(year, month);
			return new FuzzyDate(year, month, null, DatePrecision.MONTH, yearMonth.toString(),
					yearMonth.atDay(1).toString(), yearMonth.atEndOfMonth().toString(), null);
		}
		String date = LocalDate.of(year, month, day).toString();
		return new FuzzyDate(year, month, day, DatePrecision.DAY, date, date, date, null);
	}

	/**
	 * A span from {@code from} to {@code until}, two single dates the second of which
	 * ends after the first begins: its fields are those of {@code from}, its end that of
	 * {@code until}.
	 * @throws InvalidDateException when the span is not one
	 */
	public static FuzzyDate span(FuzzyDate from, FuzzyDate until) {
		if (from.until != null || until.until != null) {
			throw new InvalidDateException("A span runs from one date to another, not between spans.");
		}
		if (until.end.compareTo(from.end) <= 0 || until.start.compareTo(from.start) < 0) {
			throw new InvalidDateException("The span " + from.iso + "/" + until.iso + " must end after it begins; "
					+ "a span's second date is a later period than its first.");
		}
		return new FuzzyDate(from.year, from.month, from.day, from.precision, from.iso, from.start, until.end, until);
	}

	/**
	 * Parses a date as {@link #parse} does, or a span in ISO 8601 interval notation:
	 * "2024-04/2025-10".
	 * @throws InvalidDateException naming what is wrong with the string
	 */
	public static FuzzyDate parseSpan(String text) {
		if (text != null && text.indexOf('/') >= 0) {
			String[] ends = text.strip().split("/", -1);
			if (ends.length != 2) {
				throw new InvalidDateException("'" + abbreviate(text.strip())
						+ "' is not a span; write one as two ISO dates with a slash, such as 2024-04/2025-10.");
			}
			return span(parse(ends[0]), parse(ends[1]));
		}
		return parse(text);
	}

	/** Whether this date is a span (its {@code until} is set). */
	public boolean isSpan() {
		return this.until != null;
	}

	/** The ISO form of the whole date: {@code iso}, or "from/until" for a span. */
	public String isoSpan() {
		return (this.until != null) ? this.iso + "/" + this.until.iso : this.iso;
	}

	/**
	 * Parses "2025", "2025-07" or "2025-07-23".
	 * @throws InvalidDateException naming what is wrong with the string
	 */
	public static FuzzyDate parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidDateException("A date is empty; use an ISO date such as 2025, 2025-07 or 2025-07-23.");
		}
		String trimmed = text.strip();
		Matcher matcher = ISO.matcher(trimmed);
		if (!matcher.matches()) {
			throw new InvalidDateException("'" + abbreviate(trimmed)
					+ "' is not an ISO date; use YYYY, YYYY-MM or YYYY-MM-DD, such as 2025, 2025-07 or 2025-07-23.");
		}
		int year = Integer.parseInt(matcher.group(1));
		Integer month = (matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null;
		Integer day = (matcher.group(3) != null) ? Integer.valueOf(matcher.group(3)) : null;
		if (month != null && (month < 1 || month > 12)) {
			throw new InvalidDateException("'" + trimmed + "' has month " + month + "; a month is 01 to 12.");
		}
		try {
			return of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new InvalidDateException("'" + trimmed + "' is not a day of the calendar ("
					+ YearMonth.of(year, month) + " has " + YearMonth.of(year, month).lengthOfMonth() + " days).");
		}
	}

	/** Parses a date argument a user may leave out: null stays null. */
	public static FuzzyDate parseOptional(String text) {
		return (text != null) ? parse(text) : null;
	}

	/**
	 * Whether the period this date names overlaps the period from {@code from} to
	 * {@code to}, either open.
	 */
	public boolean overlaps(FuzzyDate from, FuzzyDate to) {
		return (from == null || this.end.compareTo(from.start) >= 0)
				&& (to == null || this.start.compareTo(to.end) <= 0);
	}

	/**
	 * Refuses a range whose start comes after its end, as a BAD_REQUEST naming both
	 * arguments; either end may be open (null).
	 */
	public static void requireOrdered(String fromArgument, FuzzyDate from, String toArgument, FuzzyDate to) {
		if (from != null && to != null && from.start.compareTo(to.end) > 0) {
			throw new BadRequestException(fromArgument + " (" + from.iso + ") is after " + toArgument + " (" + to.iso
					+ "); give a range whose start is not after its end.");
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "..." : text;
	}

}
