package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Names;

/**
 * Ranks the existing facts of a candidate's kind that it may duplicate, best first; a
 * pure function that never merges. A fact is listed when it shares a principal actor with
 * the candidate (or, with none named on either side, all its countries) and, for visits
 * and engagements, its date overlaps the candidate's at their precisions; deals of the
 * same system are listed whatever their dates, since one deal is offered, signed and
 * delivered over years. The score weighs shared principals (0.45), shared countries
 * (0.15), dates (0.25) and the same place or system (0.15).
 */
public final class SimilarFacts {

	private SimilarFacts() {
	}

	/**
	 * Existing visits {@code candidate} may duplicate; proposed actors, not being in the
	 * knowledge base, match nothing.
	 */
	public static List<SimilarFact> rank(VisitCandidate candidate, List<ExistingFact> existing) {
		Set<String> principals = ids(candidate.visitors());
		principals.addAll(ids(candidate.metWith()));
		Set<String> countries = ids(nonNull(candidate.fromCountry(), candidate.hostCountry()));
		return rank(principals, countries, candidate.date(), candidate.place(), List.of(), true, existing);
	}

	public static List<SimilarFact> rank(EngagementCandidate candidate, List<ExistingFact> existing) {
		Set<String> countries = ids(candidate.countries());
		if (candidate.hostCountry() != null && candidate.hostCountry().isKnown()) {
			countries.add(candidate.hostCountry().knownId());
		}
		return rank(ids(candidate.participants()), countries, candidate.date(), candidate.place(), List.of(), true,
				existing);
	}

	public static List<SimilarFact> rank(DealCandidate candidate, List<ExistingFact> existing) {
		Set<String> principals = ids(candidate.parties());
		List<String> systems = new ArrayList<>();
		for (DealItemCandidate item : candidate.items()) {
			systems.add(item.system());
			if (item.manufacturer() != null && item.manufacturer().isKnown()) {
				principals.add(item.manufacturer().knownId());
			}
		}
		Set<String> countries = ids(nonNull(candidate.buyer(), candidate.supplier()));
		return rank(principals, countries, candidate.date(), null, systems, false, existing);
	}

	private static List<SimilarFact> rank(Set<String> principals, Set<String> countries, FuzzyDate date, String place,
			List<String> systems, boolean datesMustOverlap, List<ExistingFact> existing) {
		List<SimilarFact> similar = new ArrayList<>();
		for (ExistingFact fact : existing) {
			double actors = overlap(principals, fact.principals());
			double countryShare = overlap(countries, fact.countries());
			boolean sameCountries = !countries.isEmpty() && countries.equals(fact.countries());
			boolean datesOverlap = date != null && fact.date() != null && date.overlaps(fact.date(), fact.date());
			boolean dateUnknown = date == null || fact.date() == null;
			double systemMatch = systemMatch(systems, fact.systems());
			boolean samePlace = place != null && fact.place() != null
					&& Names.key(place).equals(Names.key(fact.place()));
			boolean related = actors > 0 || (principals.isEmpty() || fact.principals().isEmpty()) && sameCountries
					|| systemMatch > 0 && countryShare > 0;
			if (!related || (datesMustOverlap && !datesOverlap && !dateUnknown)
					|| (!systems.isEmpty() && !fact.systems().isEmpty() && systemMatch == 0 && actors == 0)) {
				continue;
			}
			double score = 0.45 * actors + 0.15 * countryShare + (datesOverlap ? 0.25 : dateUnknown ? 0.1 : 0)
					+ 0.15 * Math.max(samePlace ? 1 : 0, systemMatch);
			similar.add(new SimilarFact(fact.id(), Math.round(score * 1000) / 1000.0));
		}
		similar.sort(Comparator.comparingDouble(SimilarFact::score).reversed().thenComparing(SimilarFact::id));
		return similar;
	}

	/** Shared share of the smaller set: 1 when one contains the other. */
	private static double overlap(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / Math.min(a.size(), b.size());
	}

	private static double systemMatch(List<String> a, List<String> b) {
		double best = 0;
		for (String x : a) {
			String keyX = NameSimilarity.systemKey(x);
			for (String y : b) {
				String keyY = NameSimilarity.systemKey(y);
				if (!keyX.isEmpty() && !keyY.isEmpty()
						&& (keyX.contains(keyY) || keyY.contains(keyX) || sharedWord(keyX, keyY))) {
					best = 1;
				}
			}
		}
		return best;
	}

	private static boolean sharedWord(String a, String b) {
		Set<String> words = new HashSet<>(List.of(a.split(" ")));
		for (String word : b.split(" ")) {
			if (word.length() >= 3 && words.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> ids(List<ActorRef> refs) {
		Set<String> ids = new HashSet<>();
		for (ActorRef ref : refs) {
			if (ref != null && ref.isKnown()) {
				ids.add(ref.knownId());
			}
		}
		return ids;
	}

	private static List<ActorRef> nonNull(ActorRef... refs) {
		return Arrays.stream(refs).filter(Objects::nonNull).toList();
	}

}
