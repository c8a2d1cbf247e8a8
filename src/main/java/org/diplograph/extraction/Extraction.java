package org.diplograph.extraction;

import java.util.List;

/**
 * What the engine found in one article: the version of the pipeline that found it, the
 * sentences and tokens, and the candidates for review.
 */
public record Extraction(String pipelineVersion, List<Sentence> sentences, List<ActorCandidate> actors,
		List<VisitCandidate> visits, List<EngagementCandidate> engagements, List<DealCandidate> deals) {

	public Extraction {
		sentences = List.copyOf(sentences);
		actors = List.copyOf(actors);
		visits = List.copyOf(visits);
		engagements = List.copyOf(engagements);
		deals = List.copyOf(deals);
	}

}
