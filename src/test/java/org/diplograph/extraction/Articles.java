package org.diplograph.extraction;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.common.FuzzyDate;

/**
 * Extracts a short test text against the evaluation set's known actors, and names the
 * proposals the way the evaluation set does ("new:Name"), so rule tests read like the
 * facts they check.
 */
final class Articles {

	static final List<KnownActor> KNOWN = EvaluationSet.knownActors();

	private Articles() {
	}

	static Extraction extract(String text, String publishedOn) {
		return SharedEngine.get()
			.extract(new ArticleInput(text, null, FuzzyDate.parse(publishedOn), KNOWN, TestMentions.find(text, KNOWN)));
	}

	static Extraction extract(String text, LocalDate publishedOn) {
		return extract(text, publishedOn.toString());
	}

	static String ref(ActorRef ref, Extraction extraction) {
		return Scorer.ref(ref, extraction);
	}

	static List<String> refs(List<ActorRef> refs, Extraction extraction) {
		return refs.stream().map((r) -> Scorer.ref(r, extraction)).toList();
	}

}
