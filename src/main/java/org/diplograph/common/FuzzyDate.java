package org.diplograph.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the precision its source gives: a year, a month or a day. {@code start}
 * and {@code end} are the first and last day of the period it names, as ISO strings, so
 * MongoDB can sort and range-filter fuzzy dates by plain string comparison.
 */
public record FuzzyDate(int year, Integer month, Integer day, DatePrecision precision, String iso, String start,
		String end) {

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public static FuzzyDate of(int year, Integer month, Integer day) {
		if (month == null) {
			return new FuzzyDate(year, null, null, DatePrecision.YEAR, "%04d".formatted(year),
					LocalDate.of(year, 1, 1).toString(), LocalDate.of(year, 12, 31).toString());
		}
		if (day == null) {
			YearMonth yearMonth = YearMonth.of(year, month);
			return new FuzzyDate(year, month, null, DatePrecision.MONTH, yearMonth.toString(),
					yearMonth.atDay(1).toString(), yearMonth.atEndOfMonth().toString());
		}
		String date = LocalDate.of(year, month, day).toString();
		return new FuzzyDate(year, month, day, DatePrecision.DAY, date, date, date);
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
