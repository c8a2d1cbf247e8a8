package org.diplograph.extraction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
		long loading = System.nanoTime();
		ExtractionEngine.load();
		System.out.printf("extraction benchmark: models and word lists loaded in %.0f ms%n",
				(System.nanoTime() - loading) / 1e6);
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
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int i = 0; i < MEASURED; i++) {
			results.add(Articles.extract(text, "2026-01-12"));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		// CPU time of this thread: what the figure would be on an idle core of a shared
		// machine
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		System.out.printf(
				"extraction benchmark: %d words, %.1f ms per article wall (%.1f articles/s), %.1f ms CPU (%.1f articles/s per core)%n",
				text.split("\\s+").length, seconds * 1000 / MEASURED, MEASURED / seconds, cpuSeconds * 1000 / MEASURED,
				MEASURED / cpuSeconds);
		assertThat(results.get(results.size() - 1).visits()).isNotEmpty();
		assertThat(seconds).as("a hang, not a speed goal").isLessThan(120);
	}

}
