package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput on a typical 600-word article after warm-up: prints articles per second. The
 * bound only catches a hang; the figure is what EXTRACTION.md reports.
 */
class ExtractionBenchmarkTests {

	private static final int WARM_UP = 20;

	private static final int MEASURED = 40;

	@Test
	void extractsATypicalArticleInMilliseconds() {
		List<EvaluationSet.Article> articles = EvaluationSet.articles();
		StringBuilder body = new StringBuilder();
		for (int i = 0; body.toString().split("\\s+").length < 600; i++) {
			body.append(articles.get(i % articles.size()).text().strip()).append("\n\n");
		}
		String text = body.toString().strip();
		List<Extraction> results = new ArrayList<>();
		for (int i = 0; i < WARM_UP; i++) {
			results.add(Articles.extract(text, "2026-01-12"));
		}
		long start = System.nanoTime();
		for (int i = 0; i < MEASURED; i++) {
			results.add(Articles.extract(text, "2026-01-12"));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("extraction benchmark: %d words, %.1f ms per article, %.1f articles/s (one thread)%n",
				text.split("\\s+").length, seconds * 1000 / MEASURED, MEASURED / seconds);
		assertThat(results.get(results.size() - 1).visits()).isNotEmpty();
		assertThat(seconds).as("a hang, not a speed goal").isLessThan(120);
	}

}
