package org.diplograph.extraction;

import java.util.List;

import org.diplograph.common.FuzzyDate;

/**
 * A proposed contact that is not one country's visit to another: a call, a meeting in a
 * third country, a summit, an exercise, consultations, a message. The fields of the API's
 * {@code Engagement}.
 */
public record EngagementCandidate(Kind kind, List<ActorRef> participants, List<ActorRef> countries, String place,
		ActorRef hostCountry, String occasion, FuzzyDate date, FactStatus status, List<TextRange> evidence,
		double confidence, String rule) implements Candidate {

	public EngagementCandidate {
		participants = List.copyOf(participants);
		countries = List.copyOf(countries);
		evidence = List.copyOf(evidence);
	}

	/** The names are those of the API's {@code EngagementKind}. */
	public enum Kind {

		MEETING, PHONE_CALL, SUMMIT, JOINT_EXERCISE, CONSULTATIONS, MESSAGE, OTHER

	}

}
