package org.diplograph.extraction;

import java.util.List;

/**
 * A fact or actor the engine proposes for review: the ranges of the body that support it
 * (the sentence at least), a confidence in [0, 1] and the name of the rule that proposed
 * it.
 */
public sealed interface Candidate permits ActorCandidate, VisitCandidate, EngagementCandidate, DealCandidate {

	List<TextRange> evidence();

	double confidence();

	String rule();

}
