package org.diplograph.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.GraphQlOverHttp;
import org.diplograph.ImportedArticles;
import org.diplograph.WritesContext;
import org.diplograph.security.TestJwts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reviewers clicking at once, over HTTP: accepting one candidate together creates one
 * visit and one new visitor, the other reviewer getting a CONFLICT that says who was
 * first; one text imported twice at once is one article.
 */
class ConcurrentReviewTests extends WritesContext {

	private static final List<String> VISITORS = List.of("Oskar Velmani", "Darian Koval", "Emre Saltik",
			"Iskander Vohra", "Timur Baskal", "Rustam Nadiri");

	private final JsonMapper json = JsonMapper.builder().build();

	private final GraphQlOverHttp graphQl = new GraphQlOverHttp(() -> this.port);

	@Test
	void twoReviewersAcceptingOneCandidateAtOnceCreateOneVisit() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (String visitor : VISITORS) {
				String candidate = ImportedArticles
					.importText(local(), ImportedArticles.arrival(visitor, "Dhaka"), "2026-02-11")
					.first("VisitCandidate");
				String body = this.json.writeValueAsString(
						Map.of("query", "mutation($id: ID!) { acceptCandidate(input: {id: $id}) { result { id } } }",
								"variables", Map.of("id", candidate)));
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<JsonNode>> answers = new ArrayList<>();
				for (String reviewer : List.of("ana", "ben")) {
					answers.add(pool.submit(() -> {
						start.await();
						return this.graphQl.send(body, TestJwts.editor(reviewer));
					}));
				}
				List<JsonNode> won = new ArrayList<>();
				List<JsonNode> lost = new ArrayList<>();
				for (Future<JsonNode> answer : answers) {
					(answer.get().path("errors").isEmpty() ? won : lost).add(answer.get());
				}
				assertThat(won).as("%s: %s", visitor, answers.get(0).get() + " " + answers.get(1).get()).hasSize(1);
				JsonNode conflict = lost.get(0).path("errors").get(0);
				assertThat(conflict.path("extensions").path("classification").asString()).as("%s", conflict)
					.isEqualTo("CONFLICT");
				assertThat(conflict.path("message").asString()).contains(candidate + " was ACCEPTED by");
			}
		}
		finally {
			pool.shutdownNow();
		}
		for (String visitor : VISITORS) {
			JsonNode counts = this.graphQl.send(this.json.writeValueAsString(Map.of("query",
					"query($name: String!) { visits(filter: {visitor: $name}) { totalCount }"
							+ " actors(filter: {name: $name}) { totalCount } }",
					"variables", Map.of("name", visitor))), null)
				.path("data");
			assertThat(counts.path("visits").path("totalCount").asInt()).as(visitor).isEqualTo(1);
			assertThat(counts.path("actors").path("totalCount").asInt()).as(visitor).isEqualTo(1);
		}
	}

	@Test
	void oneTextImportedTwiceAtOnceIsOneArticle() throws Exception {
		String body = this.json.writeValueAsString(Map.of("query",
				"mutation($text: String!) { importArticle(input: {text: $text, publishedOn: \"2026-02-11\"}) {"
						+ " created article { id } candidates { id } } }",
				"variables", Map.of("text", ImportedArticles.arrival("Zubair Hollins", "Sylhet"))));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<JsonNode> answers = new ArrayList<>();
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<JsonNode>> futures = new ArrayList<>();
			for (String analyst : List.of("ana", "ben")) {
				futures.add(pool.submit(() -> {
					start.await();
					return this.graphQl.send(body, TestJwts.editor(analyst));
				}));
			}
			for (Future<JsonNode> future : futures) {
				answers.add(future.get().path("data").path("importArticle"));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(answers).extracting((answer) -> answer.path("created").asBoolean())
			.as(answers.toString())
			.containsExactlyInAnyOrder(true, false);
		assertThat(answers.get(0).path("article")).isEqualTo(answers.get(1).path("article"));
		assertThat(answers.get(0).path("candidates")).isEqualTo(answers.get(1).path("candidates"));
		assertThat(answers.get(0).path("candidates")).hasSize(2);
	}

}
