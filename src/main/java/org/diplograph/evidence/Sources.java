package org.diplograph.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.ConflictException;
import org.diplograph.common.Evidence;
import org.diplograph.common.Inputs;

/**
 * What adding or removing a source does to any fact's sources, the same for every kind: a
 * source given twice is kept once, and the last source is never removed.
 */
public final class Sources {

	private static final int ATTEMPTS = 3;

	private Sources() {
	}

	/** The sources with the evidence added, or null when they have it already. */
	public static List<Evidence> with(String factId, List<Evidence> sources, Evidence added) {
		if (sources.contains(added)) {
			return null;
		}
		List<Evidence> all = new ArrayList<>(sources);
		all.add(added);
		return Inputs.list("the sources of " + factId, all, Inputs.MAX_SOURCES);
	}

	/** The sources with every range added, or null when they have them all already. */
	public static List<Evidence> withAll(String factId, List<Evidence> sources, List<Evidence> added) {
		List<Evidence> all = sources;
		for (Evidence evidence : added) {
			List<Evidence> more = with(factId, all, evidence);
			all = (more != null) ? more : all;
		}
		return (all == sources) ? null : all;
	}

	/**
	 * The sources without the one of that range; refused when it is not there or the
	 * last.
	 */
	public static List<Evidence> without(String factId, List<Evidence> sources, String articleId, int start, int end) {
		List<Evidence> rest = new ArrayList<>(sources);
		if (!rest.removeIf(
				(source) -> source.articleId().equals(articleId) && source.start() == start && source.end() == end)) {
			throw new BadRequestException("input: " + factId + " has no source " + articleId + " " + start + "-" + end
					+ "; its sources are " + describe(sources) + ".");
		}
		if (rest.isEmpty()) {
			throw new BadRequestException("input: " + articleId + " " + start + "-" + end + " is the only source of "
					+ factId + "; a fact is never without evidence, so add another source first (or delete it).");
		}
		return rest;
	}

	/**
	 * Runs a write made on the fact as it is now again when another write got in between:
	 * adding or removing a source needs no expected revision.
	 */
	public static <T> T retryingOnConflict(Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (ConflictException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	private static String describe(List<Evidence> sources) {
		return sources.stream()
			.map((source) -> source.articleId() + " " + source.start() + "-" + source.end())
			.toList()
			.toString();
	}

}
