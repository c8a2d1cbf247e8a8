package org.diplograph.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random queries built from the schema, with arguments that tend to break
 * servers (long, unicode and control-character strings, regex and query-operator syntax,
 * impossible dates, extreme numbers, made-up IDs and cursors), sent over HTTP as POST and
 * GET: none may fail inside the server or tell the client anything internal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedInputTests {

	private static final long SEED = 20250723L;

	private static final int REQUESTS = 3000;

	private static final Duration TIME_BUDGET = Duration.ofSeconds(50);

	private static final int MAX_DEPTH = 5;

	private static final int MAX_URL_LENGTH = 7000;

	private static final List<String> LEAKS = List.of("exception", "at org.", "java.", "mongo");

	private static final String INDEX = """
			{
			  actors(first: 100) { edges { cursor node { id name } } }
			  visits(first: 100) { edges { cursor node { id } } }
			  deals(first: 100) { edges { cursor node { id } } }
			  articles(first: 100) { edges { cursor node { id } } }
			}""";

	private final JsonMapper json = JsonMapper.shared();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int port;

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void randomSchemaValidQueriesNeverFailInsideTheServer() throws Exception {
		List<String> ids = new ArrayList<>();
		List<String> cursors = new ArrayList<>();
		List<String> names = new ArrayList<>();
		JsonNode index = this.json.readTree(post(INDEX, Map.of()).body()).path("data");
		for (JsonNode connection : index) {
			for (JsonNode edge : connection.path("edges")) {
				cursors.add(edge.path("cursor").asString());
				ids.add(edge.path("node").path("id").asString());
				if (edge.path("node").has("name")) {
					names.add(edge.path("node").path("name").asString());
				}
			}
		}
		assertThat(ids).as("IDs of the seed data").hasSizeGreaterThan(50);
		QueryGenerator generator = new QueryGenerator(this.graphQlSource.schema(), SEED, MAX_DEPTH, ids, cursors,
				names);

		Map<Integer, Integer> statuses = new TreeMap<>();
		Map<String, Integer> classifications = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		long start = System.nanoTime();
		int sent = 0;
		int gets = 0;
		int clean = 0;
		while (sent < REQUESTS && System.nanoTime() - start < TIME_BUDGET.toNanos()) {
			boolean get = sent % 2 == 1;
			// GET carries the document in the URL, which the server caps at 8 KB
			QueryGenerator.GeneratedQuery query = generator.next(get ? 60 : 5000);
			String url = getUrl(query.query(), query.variables());
			get = get && url.length() < MAX_URL_LENGTH;
			HttpResponse<String> response = get ? get(url) : post(query.query(), query.variables());
			sent++;
			gets += get ? 1 : 0;
			statuses.merge(response.statusCode(), 1, Integer::sum);
			clean += (response.statusCode() == 200 && !response.body().contains("\"errors\"")) ? 1 : 0;
			List<String> problems = check(response, classifications);
			if (!problems.isEmpty() && failures.size() < 20) {
				failures.add((get ? "GET " : "POST ") + problems + "\n  query: " + abbreviate(query.query())
						+ "\n  variables: " + abbreviate(this.json.writeValueAsString(query.variables()))
						+ "\n  response: " + response.statusCode() + " " + abbreviate(response.body()));
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT,
				"Generated input: %d requests (%d POST, %d GET; seed %d, depth <= %d) in %.1f s; %d without errors; "
						+ "HTTP statuses %s; errors by classification %s%n",
				sent, sent - gets, gets, SEED, MAX_DEPTH, seconds, clean, statuses, classifications);

		// a few hundred show the generator's variety; a machine under load sends fewer
		assertThat(sent).as("requests sent within the time budget").isGreaterThan(300);
		assertThat(failures)
			.as("responses that failed inside the server or leaked internals:%n%s", String.join("\n", failures))
			.isEmpty();
	}

	private List<String> check(HttpResponse<String> response, Map<String, Integer> classifications) {
		List<String> problems = new ArrayList<>();
		if (response.statusCode() >= 500) {
			problems.add("HTTP " + response.statusCode());
		}
		JsonNode body;
		try {
			body = this.json.readTree(response.body());
		}
		catch (RuntimeException ex) {
			problems.add("a body that is not JSON");
			return problems;
		}
		if (!body.has("data") && !body.has("errors")) {
			problems.add("neither data nor errors");
		}
		for (JsonNode error : body.path("errors")) {
			String classification = error.path("extensions").path("classification").asString("(none)");
			classifications.merge(classification, 1, Integer::sum);
			if ("INTERNAL_ERROR".equals(classification)) {
				problems.add("INTERNAL_ERROR");
			}
			String message = error.path("message").asString("").toLowerCase(Locale.ROOT);
			for (String leak : LEAKS) {
				if (message.contains(leak)) {
					problems.add("a message containing '" + leak + "': " + abbreviate(message));
				}
			}
		}
		return problems;
	}

	private HttpResponse<String> post(String query, Map<String, Object> variables) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json;q=0.9")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String getUrl(String query, Map<String, Object> variables) {
		return "http://localhost:" + this.port + "/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
				+ "&variables=" + URLEncoder.encode(this.json.writeValueAsString(variables), StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String url) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String abbreviate(String text) {
		return (text.length() <= 600) ? text : text.substring(0, 600) + "... (" + text.length() + " chars)";
	}

}
