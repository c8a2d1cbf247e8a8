package org.diplograph.common;

import java.util.List;

/**
 * The checks every write input gets, each a BAD_REQUEST naming the field: strings within
 * their length and free of control characters and broken Unicode, lists within their
 * size, numbers within their range. Inputs are attack surface too: these bound what one
 * write may store.
 */
public final class Inputs {

	/** Names, aliases, titles of roles, systems, places. */
	public static final int MAX_NAME = 200;

	/** Deal titles. */
	public static final int MAX_TITLE = 300;

	/** Summaries, purposes, descriptions. */
	public static final int MAX_TEXT = 2_000;

	/** The note of a change. */
	public static final int MAX_NOTE = 1_000;

	/** Items of one list: aliases, visitors, people met, parties, items, roles. */
	public static final int MAX_LIST = 50;

	/** Evidence ranges of one fact. */
	public static final int MAX_SOURCES = 50;

	/** Longest visit, in days. */
	public static final int MAX_DURATION_DAYS = 3_650;

	/** Largest quantity of a deal item. */
	public static final int MAX_QUANTITY = 100_000_000;

	private Inputs() {
	}

	/**
	 * The text stripped of surrounding space; null stays null, blank or over-long text is
	 * refused.
	 */
	public static String text(String field, String value, int maxLength) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.isEmpty()) {
			throw new BadRequestException(field + " is blank; give a value or leave it out.");
		}
		if (stripped.length() > maxLength) {
			throw new BadRequestException(
					field + " is " + stripped.length() + " characters long; at most " + maxLength + " are allowed.");
		}
		for (int i = 0; i < stripped.length(); i++) {
			char ch = stripped.charAt(i);
			if (Character.isISOControl(ch) && ch != '\n' && ch != '\t') {
				throw new BadRequestException(
						field + " contains a control character (U+%04X); remove it.".formatted((int) ch));
			}
			if (Character.isHighSurrogate(ch) && i + 1 < stripped.length()
					&& Character.isLowSurrogate(stripped.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(ch)) {
				throw new BadRequestException(field + " is not valid Unicode (a lone surrogate); send it as UTF-8.");
			}
		}
		return stripped;
	}

	/** The list, refused when over its size; null stays null. */
	public static <T> List<T> list(String field, List<T> values, int maxSize) {
		if (values != null && values.size() > maxSize) {
			throw new BadRequestException(
					field + " has " + values.size() + " entries; at most " + maxSize + " are allowed.");
		}
		return values;
	}

	/** The number, refused outside its range; null stays null. */
	public static Integer number(String field, Integer value, int min, int max) {
		if (value != null && (value < min || value > max)) {
			throw new BadRequestException(field + " is " + value + "; it must be " + min + " to " + max + ".");
		}
		return value;
	}

	/**
	 * The date: ISO of any precision (2025, 2025-07, 2025-07-23) or a span of two
	 * (2024-04/2025-10); null stays null, a bad one is refused naming the field.
	 */
	public static FuzzyDate date(String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			return FuzzyDate.parseSpan(value);
		}
		catch (InvalidDateException ex) {
			throw new BadRequestException(field + ": " + ex.getMessage());
		}
	}

	/** The note of a change, as a mutation's {@code note} argument gives it. */
	public static String note(String note) {
		return text("note", note, MAX_NOTE);
	}

	/** A required field left out of a create. */
	public static BadRequestException missing(String field, String what) {
		return new BadRequestException(field + " is required to create " + what + ".");
	}

}
