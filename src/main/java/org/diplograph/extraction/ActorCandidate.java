package org.diplograph.extraction;

import java.util.List;

/**
 * A person, organisation or country the body names that no known actor matches.
 * {@code key} identifies it within one extraction (other candidates refer to it through
 * {@link ActorRef#proposed}); {@code country} is the country the context gives it;
 * {@code code} the ISO code of a proposed country; {@code similar} the known actors whose
 * names are close, best first.
 */
public record ActorCandidate(String key, String name, ActorType type, ActorRef country, String code,
		List<SimilarActor> similar, List<TextRange> evidence, double confidence, String rule) implements Candidate {

	public ActorCandidate {
		similar = List.copyOf(similar);
		evidence = List.copyOf(evidence);
	}

}
