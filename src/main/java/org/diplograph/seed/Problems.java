package org.diplograph.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.diplograph.common.FuzzyDate;
import org.diplograph.common.InvalidDateException;
import org.diplograph.model.Actor;

/**
 * The problems found while checking a seed, each naming its seed file and entry, and the
 * checks entries of every kind share: IDs, dates, enum values and references to actors.
 * Every check records what is wrong and goes on, so one load reports every problem.
 */
final class Problems {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final List<String> found = new ArrayList<>();

	void add(String problem) {
		this.found.add(problem);
	}

	List<String> all() {
		return List.copyOf(this.found);
	}

	/** Stops the load, naming every problem found. */
	void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new SeedException(this.found);
		}
	}

	/**
	 * Builds every entry of a seed file, telling each where its problems are reported
	 * ("visits.yaml, entry 2025-07-x"), once its ID is checked to be a slug no other
	 * entry of the file has.
	 */
	<E, T> List<T> eachEntry(String file, List<E> entries, Function<E, String> idOf, BiFunction<E, String, T> build) {
		List<T> built = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (E entry : entries) {
			String id = idOf.apply(entry);
			String where = file + ", entry " + id;
			if (!isSlug(id) || !ids.add(id)) {
				add(where + ": id must be a unique lower-case slug");
			}
			built.add(build.apply(entry, where));
		}
		return built;
	}

	static boolean isSlug(String id) {
		return id != null && SLUG.matcher(id).matches();
	}

	FuzzyDate date(String where, String field, String value) {
		if (value == null) {
			add(where + ": " + field + " is missing");
			return null;
		}
		return optionalDate(where, field, value);
	}

	FuzzyDate optionalDate(String where, String field, String value) {
		return parsed(where, field, value, FuzzyDate::parse);
	}

	/**
	 * A date of a fact, which may be a span ("2024-04/2025-10") where the text gives only
	 * a period.
	 */
	FuzzyDate optionalDateOrSpan(String where, String field, String value) {
		return parsed(where, field, value, FuzzyDate::parseSpan);
	}

	private FuzzyDate parsed(String where, String field, String value, Function<String, FuzzyDate> parser) {
		if (value == null) {
			return null;
		}
		try {
			return parser.apply(value);
		}
		catch (InvalidDateException ex) {
			add(where + ": " + field + " " + ex.getMessage());
			return null;
		}
	}

	/**
	 * Checks that a dated entry's ID begins with its date, to the month: "2025-07-..."
	 * for July 2025, "2025-..." for 2025; a span's ID may begin with the year of either
	 * end, so that an ID stays the same when a date becomes a span.
	 */
	void idBeginsWithDate(String where, String id, FuzzyDate date) {
		if (date == null || id == null) {
			return;
		}
		boolean matches = id.startsWith(date.iso().substring(0, Math.min(7, date.iso().length())) + "-")
				|| (date.isSpan() && (id.startsWith(date.year() + "-") || id.startsWith(date.until().year() + "-")));
		if (!matches) {
			add(where + ": id must begin with the year and month of its date, " + date.isoSpan());
		}
	}

	<E extends Enum<E>> E enumValue(String where, String field, Class<E> type, String value) {
		try {
			return Enum.valueOf(type, String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			add(where + ": " + field + " is " + value + "; expected one of "
					+ Arrays.toString(type.getEnumConstants()));
			return null;
		}
	}

	/** The ID of the actor a slug names, or null (and a problem) when it names none. */
	String actor(String where, String field, String slug, Set<String> known) {
		if (slug == null) {
			return null;
		}
		if (!known.contains(slug)) {
			add(where + ": " + field + " names " + slug + ", which is not in " + SeedEntries.ACTORS);
			return null;
		}
		return Actor.ID_PREFIX + slug;
	}

	List<String> actors(String where, String field, List<String> slugs, Set<String> known) {
		return list(slugs).stream().map((slug) -> actor(where, field, slug, known)).filter(Objects::nonNull).toList();
	}

	static <T> List<T> list(List<T> values) {
		return (values != null) ? values : List.of();
	}

}
