package org.diplograph.common;

import java.util.Set;
import java.util.function.Function;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Reads the fields of a write input, where a field left out keeps its value, a value
 * changes it, and an explicit null clears it (only where the field may be empty).
 */
public final class Edits {

	private Edits() {
	}

	/** The value given, resolved; null when the field was left out or set to null. */
	public static <T, R> R given(ArgumentValue<T> value, Function<T, R> resolve) {
		return (value != null && value.isPresent()) ? resolve.apply(value.value()) : null;
	}

	/** Whether the field was set to null explicitly. */
	public static boolean cleared(ArgumentValue<?> value) {
		return value != null && !value.isOmitted() && !value.isPresent();
	}

	/** Adds the field to {@code cleared} when it was set to null explicitly. */
	public static void noteCleared(String field, ArgumentValue<?> value, Set<String> cleared) {
		if (cleared(value)) {
			cleared.add(field);
		}
	}

	/**
	 * Refuses a create that leaves out a required field (or sets it to null): a
	 * BAD_REQUEST naming it and what is being created ("a visit").
	 */
	public static void requireGiven(String field, ArgumentValue<?> value, String what) {
		if (value == null || !value.isPresent()) {
			throw Inputs.missing(field, what);
		}
	}

	/** Refuses an explicit null for a field that may not be empty. */
	public static void requireNotCleared(String field, ArgumentValue<?> value) {
		if (cleared(value)) {
			throw new BadRequestException(field + " cannot be null; leave it out to keep its value.");
		}
	}

}
