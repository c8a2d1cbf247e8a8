package org.diplograph.change;

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
import org.diplograph.WritesContext;
import org.diplograph.security.TestJwts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two analysts saving at once, many times over HTTP: with the same expected revision,
 * exactly one wins and the other gets a CONFLICT naming the revision the winner made;
 * adding sources at once, which needs no revision, loses neither.
 */
class ConcurrentWritesTests extends WritesContext {

	private static final int ROUNDS = 25;

	private static final String ARTICLE = "article:002_e51cdd4034850a5f";

	private final JsonMapper json = JsonMapper.builder().build();

	private final GraphQlOverHttp graphQl = new GraphQlOverHttp(() -> this.port);

	@Test
	void twoUpdatesOfOneRevisionGiveOneSuccessAndOneConflict() throws Exception {
		String id = createVisit("Race test visit", "Barisal");
		int revision = 1;
		int successes = 0;
		List<String> winners = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<JsonNode>> answers = new ArrayList<>();
				for (String analyst : List.of("ana", "ben")) {
					String place = analyst + "-" + round;
					String body = mutation(
							"mutation($id: ID!, $rev: Int!, $place: String) { updateVisit(id: $id,"
									+ " input: {place: $place}, expectedRevision: $rev) { visit { revision place } } }",
							Map.of("id", id, "rev", revision, "place", place));
					answers.add(pool.submit(() -> {
						start.await();
						return this.graphQl.send(body, TestJwts.editor(analyst));
					}));
				}
				JsonNode first = answers.get(0).get();
				JsonNode second = answers.get(1).get();
				List<JsonNode> won = new ArrayList<>();
				List<JsonNode> lost = new ArrayList<>();
				for (JsonNode answer : List.of(first, second)) {
					(answer.path("errors").isEmpty() ? won : lost).add(answer);
				}
				assertThat(won).as("round %d: %s %s", round, first, second).hasSize(1);
				assertThat(lost).hasSize(1);
				JsonNode conflict = lost.get(0).path("errors").get(0);
				assertThat(conflict.path("extensions").path("classification").asString()).isEqualTo("CONFLICT");
				assertThat(conflict.path("extensions").path("currentRevision").asInt()).isEqualTo(revision + 1);
				assertThat(conflict.path("message").asString()).contains("revision " + (revision + 1));
				JsonNode visit = won.get(0).path("data").path("updateVisit").path("visit");
				assertThat(visit.path("revision").asInt()).isEqualTo(revision + 1);
				winners.add(visit.path("place").asString());
				revision++;
				successes++;
			}
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode visit = this.graphQl
			.send(mutation("query($id: ID!) { visit(id: $id) { revision place history { action by } } }",
					Map.of("id", id)), null)
			.path("data")
			.path("visit");
		assertThat(visit.path("revision").asInt()).isEqualTo(1 + successes);
		assertThat(visit.path("place").asString()).isEqualTo(winners.get(winners.size() - 1));
		assertThat(visit.path("history")).hasSize(1 + successes);
	}

	@Test
	void sourcesAddedAtOnceAreAllKept() throws Exception {
		String id = createVisit("Race test sources", "Rangpur");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<JsonNode>> answers = new ArrayList<>();
			for (int offset : List.of(100, 200)) {
				String body = mutation(
						"mutation($input: EvidenceInput!) { addEvidence(input: $input) { fact { id } } }",
						Map.of("input", Map.of("fact", id, "article", ARTICLE, "start", offset, "end", offset + 30)));
				answers.add(pool.submit(() -> {
					start.await();
					return this.graphQl.send(body, TestJwts.editor("cy"));
				}));
			}
			for (Future<JsonNode> answer : answers) {
				assertThat(answer.get().path("errors").isEmpty()).as(answer.get().toString()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode visit = this.graphQl
			.send(mutation("query($id: ID!) { visit(id: $id) { revision sources { start } } }", Map.of("id", id)),
					(String) null)
			.path("data")
			.path("visit");
		assertThat(visit.path("revision").asInt()).isEqualTo(3);
		assertThat(visit.path("sources").findValuesAsString("start")).containsExactlyInAnyOrder("10", "100", "200");
	}

	private String createVisit(String summary, String place) throws Exception {
		JsonNode created = this.graphQl.send(
				mutation("mutation($input: VisitInput!) { createVisit(input: $input) { visit { id } } }",
						Map.of("input",
								Map.of("summary", summary, "fromCountry", "PK", "hostCountry", "BD", "place", place,
										"date", "2026-05", "status", "PLANNED", "sources",
										List.of(Map.of("article", ARTICLE, "start", 10, "end", 40))))),
				TestJwts.LOCAL_TOKEN);
		return created.path("data").path("createVisit").path("visit").path("id").asString();
	}

	private String mutation(String query, Map<String, Object> variables) {
		return this.json.writeValueAsString(Map.of("query", query, "variables", variables));
	}

}
