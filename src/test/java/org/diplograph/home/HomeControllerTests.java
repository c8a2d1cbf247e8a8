package org.diplograph.home;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The front door at {@code /}, as a browser and a newcomer see it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomeControllerTests {

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void theFrontDoorSaysWhatDiplographIsAndLinksToEveryWayIn() throws Exception {
		HttpResponse<String> home = get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(home.body()).contains("<meta charset=\"utf-8\">")
			.contains("who visited whom")
			.contains("For front-end developers")
			.contains("For integrators");
		List<String> links = links(home.body());
		assertThat(links).contains("home.css", "graphiql", "explore/", "explore/review", "graphql/schema",
				"export/articles.csv", "export/actors.jsonl", "export/visits.csv", "export/deals.jsonl",
				"export/engagements.csv", "export/engagements.jsonl");
		for (String export : links.stream().filter((link) -> link.startsWith("export/")).toList()) {
			assertThat(get("/" + export).statusCode()).as(export).isEqualTo(200);
		}
		// offline: nothing but the application's own relative paths
		assertThat(links).allSatisfy((link) -> assertThat(link).doesNotContain("//").doesNotStartWith("/"));
		HttpResponse<String> css = get("/home.css");
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css;charset=UTF-8");
		assertThat(css.body()).contains(".door");
	}

	@Test
	void everyExampleOpensInGraphiqlAndAnswersWithoutErrors() throws Exception {
		List<String> queries = links(get("/").body()).stream()
			.filter((link) -> link.startsWith("graphiql?query="))
			.map((link) -> URLDecoder.decode(link.substring("graphiql?query=".length()), StandardCharsets.UTF_8))
			.toList();
		assertThat(queries).hasSize(5);
		assertThat(queries.get(0)).contains("deal(id: \"deal:boran-howitzers\")");
		List<String> answers = new ArrayList<>();
		for (String query : queries) {
			HttpResponse<String> answer = this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers
						.ofString(JsonMapper.shared().writeValueAsString(Map.of("query", query))))
					.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = JsonMapper.shared().readTree(answer.body());
			assertThat(body.has("errors")).as(answer.body()).isFalse();
			answers.add(answer.body());
		}
		assertThat(answers.get(0)).contains("\"status\":\"SIGNED\"", "\"quantity\":18");
		assertThat(answers.get(1)).contains("deal:boran-howitzers");
		assertThat(answers.get(2)).contains("visit:2025-07-haluk-gorgun-dhaka");
		assertThat(answers.get(3)).contains("visit:1974-leaders-bangladesh");
		assertThat(answers.get(4)).contains("\"weight\":3");
	}

	private static List<String> links(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1).replace("&amp;", "&"));
		}
		return links;
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
