package org.diplograph.extraction;

import java.util.List;

import org.diplograph.common.FuzzyDate;

/**
 * A proposed visit of one country's people or delegation to another country: the fields
 * of the API's {@code Visit}. {@code date} is never null: without a date expression it is
 * the publication month, with a lower confidence.
 */
public record VisitCandidate(List<ActorRef> visitors, ActorRef fromCountry, ActorRef hostCountry, String place,
		String purpose, FuzzyDate date, Integer durationDays, FactStatus status, List<ActorRef> metWith,
		List<TextRange> evidence, double confidence, String rule) implements Candidate {

	public VisitCandidate {
		visitors = List.copyOf(visitors);
		metWith = List.copyOf(metWith);
		evidence = List.copyOf(evidence);
	}

}
