package org.diplograph.review;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.Application;
import org.diplograph.ImportedArticles;
import org.diplograph.security.TestJwts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An imported article, its candidates and an accepted visit survive a restart of the
 * server on its data directory: found again by every read, decided as they were, and the
 * same text imported again still creates nothing.
 */
class ReviewRestartTests {

	private static final String TEXT = ImportedArticles.arrival("Selwyn Marot", "Dhaka");

	private static final String IMPORT = "mutation($text: String!) { importArticle(input: {text: $text,"
			+ " publishedOn: \"2026-02-11\"}) { created article { id } candidates { __typename id status } } }";

	private static final String ACCEPT = "mutation($id: ID!) { acceptCandidate(input: {id: $id}) { result { id } } }";

	private static final String READ = """
			query($article: ID!) {
			  article(id: $article) { origin candidates { id status } }
			  visits(filter: {visitor: "Selwyn Marot"}) { edges { node { id history { action } } } }
			  search(query: "Marot", types: [VISIT]) { edges { node { item { ... on Visit { id } } } } }
			}""";

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path dataDir;

	@Test
	void anImportAndItsDecisionsSurviveARestart() throws Exception {
		String article;
		String visit;
		JsonNode before;
		try (ConfigurableApplicationContext server = start()) {
			JsonNode imported = post(server, IMPORT, Map.of("text", TEXT)).path("importArticle");
			article = imported.path("article").path("id").asString();
			String candidate = imported.path("candidates").findValuesAsString("id").get(1);
			visit = post(server, ACCEPT, Map.of("id", candidate)).path("acceptCandidate")
				.path("result")
				.path("id")
				.asString();
			assertThat(visit).isEqualTo("visit:2026-02-selwyn-marot-dhaka");
			before = post(server, READ, Map.of("article", article));
		}
		try (ConfigurableApplicationContext server = start()) {
			JsonNode after = post(server, READ, Map.of("article", article));
			assertThat(after).isEqualTo(before);
			assertThat(after.path("article").path("origin").asString()).isEqualTo("IMPORTED");
			assertThat(after.path("article").path("candidates").findValuesAsString("status"))
				.containsExactly("ACCEPTED", "ACCEPTED");
			assertThat(after.path("visits").path("edges").findValuesAsString("id")).containsExactly(visit);
			assertThat(after.path("search").path("edges").findValuesAsString("id")).containsExactly(visit);
			JsonNode again = post(server, IMPORT, Map.of("text", TEXT)).path("importArticle");
			assertThat(again.path("created").asBoolean()).isFalse();
			assertThat(again.path("article").path("id").asString()).isEqualTo(article);
		}
	}

	private ConfigurableApplicationContext start() {
		// arguments, since the tests' application.properties keeps the database in memory
		return new SpringApplicationBuilder(Application.class).run("--server.port=0",
				"--diplograph.embedded.in-memory=false", "--diplograph.embedded.data-dir=" + this.dataDir);
	}

	private JsonNode post(ConfigurableApplicationContext server, String query, Map<String, Object> variables)
			throws Exception {
		int port = ((WebServerApplicationContext) server).getWebServer().getPort();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Authorization", "Bearer " + TestJwts.LOCAL_TOKEN)
			.POST(HttpRequest.BodyPublishers
				.ofString(this.json.writeValueAsString(Map.of("query", query, "variables", variables))))
			.build();
		JsonNode answer = this.json
			.readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
		assertThat(answer.path("errors").isEmpty()).as(answer.toString()).isTrue();
		return answer.path("data");
	}

}
