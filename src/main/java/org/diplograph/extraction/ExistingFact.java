package org.diplograph.extraction;

import java.util.List;
import java.util.Set;

import org.diplograph.common.FuzzyDate;

/**
 * A fact the knowledge base already has, as {@link SimilarFacts} compares it: its ID, its
 * principal actors (visitors and those met, participants, parties and manufacturers), its
 * countries (from and host, buyer and supplier, countries taking part), its date, its
 * place and, for a deal, the names of its systems.
 */
public record ExistingFact(String id, Set<String> principals, Set<String> countries, FuzzyDate date, String place,
		List<String> systems) {

	public ExistingFact {
		principals = (principals != null) ? Set.copyOf(principals) : Set.of();
		countries = (countries != null) ? Set.copyOf(countries) : Set.of();
		systems = (systems != null) ? List.copyOf(systems) : List.of();
	}

}
