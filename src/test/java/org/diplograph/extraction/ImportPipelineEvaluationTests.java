package org.diplograph.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.diplograph.common.FuzzyDate;
import org.diplograph.importing.ActorSnapshot;
import org.diplograph.importing.ImportPipeline;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation of {@link ExtractionEvaluationTests} through the import path: each
 * article pasted as an analyst would (its headline, then its text), cleaned by the text
 * pipeline, its known actors found by the mention finder over actor documents, and read
 * by {@link ImportPipeline}. Prints the figures, and holds them equal to the engine's on
 * the same articles: what an import proposes is what the evaluation measures.
 */
class ImportPipelineEvaluationTests {

	@Test
	void theImportPathProposesWhatTheEngineDoes() {
		List<KnownActor> known = EvaluationSet.knownActors();
		ActorSnapshot actors = new ActorSnapshot(known.stream().map(TestMentions::document).toList());
		ImportPipeline pipeline = new ImportPipeline(SharedEngine::get);
		for (String split : List.of("dev", "heldout")) {
			Scorer engine = new Scorer();
			Scorer imported = new Scorer();
			int articles = 0;
			for (EvaluationSet.Article article : EvaluationSet.articles()) {
				if (!article.split().equals(split)) {
					continue;
				}
				ImportPipeline.Reading reading = pipeline.read(
						ImportPipeline.clean(article.title() + "\n\n" + article.text()), null, null,
						FuzzyDate.parse(article.publishedOn()), actors, LocalDate.now());
				assertThat(reading.title()).as(article.file()).isEqualTo(article.title());
				assertThat(reading.body()).as(article.file()).isEqualTo(article.text().strip());
				imported.score(article, reading.extraction());
				engine.score(article, SharedEngine.get().extract(article.input(known)));
				articles++;
			}
			System.out.println(imported.report("import path, " + split + " (" + articles + " articles)"));
			assertThat(imported.report("")).isEqualTo(engine.report(""));
		}
	}

}
