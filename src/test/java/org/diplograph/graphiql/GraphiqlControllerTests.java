package org.diplograph.graphiql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import org.diplograph.security.TestJwts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GraphiQL page over HTTP: its example tabs run without errors and keep short titles,
 * and a shared link is the page itself, whose script opens the query of the link.
 * {@code scripts/graphiql-screenshot.sh --check} checks the same in a browser, at 1280
 * px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphiqlControllerTests {

	private static final Pattern EXAMPLE = Pattern.compile(
			"<script type=\"application/graphql\"(?:\\s+data-variables='([^']*)')?>(.*?)</script>", Pattern.DOTALL);

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void everyExampleTabRunsWithoutErrorsUnderAShortTitle() throws Exception {
		String page = get("/graphiql").body();
		Matcher examples = EXAMPLE.matcher(page);
		List<String> titles = new ArrayList<>();
		while (examples.find()) {
			String query = examples.group(2).strip();
			Document document = Parser.parse(query);
			String title = document.getFirstDefinitionOfType(OperationDefinition.class).orElseThrow().getName();
			titles.add(title);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("query", query);
			if (examples.group(1) != null) {
				body.put("variables", JsonMapper.shared().readTree(HtmlUtils.htmlUnescape(examples.group(1))));
			}
			String json = JsonMapper.shared().writeValueAsString(body);
			if (document.getFirstDefinitionOfType(OperationDefinition.class)
				.orElseThrow()
				.getOperation() == OperationDefinition.Operation.MUTATION) {
				// as its comment says: refused without the token in the Headers tab
				assertThat(post(json, null).path("errors").path(0).path("extensions").path("classification").asString())
					.isEqualTo("UNAUTHORIZED");
			}
			JsonNode answer = post(json, TestJwts.LOCAL_TOKEN);
			assertThat(answer.has("errors")).as("%s: %s", title, answer).isFalse();
			assertThat(answer.path("data").isObject()).isTrue();
		}
		assertThat(titles).containsExactly("Visits", "Deal", "Article", "Actor", "Pages", "Search", "Ties", "Timeline",
				"Edit");
		// the tab titles are the operation names: these fit at 1280 px with the
		// documentation open
		assertThat(String.join("", titles)).hasSizeLessThanOrEqualTo(50);
	}

	@Test
	void theFirstTabSaysWhatItsQueryDoes() throws Exception {
		Matcher first = EXAMPLE.matcher(get("/graphiql").body());
		assertThat(first.find()).isTrue();
		assertThat(first.group(2)).contains("# Visits to Bangladesh in 2025, oldest first.")
			.contains("hostCountry: \"Bangladesh\"", "from: \"2025\"", "to: \"2025\"", "orderBy: DATE_ASC");
	}

	@Test
	void aSharedLinkIsThePageWhoseScriptOpensItsQuery() throws Exception {
		String query = URLEncoder.encode("{ deal(id: \"deal:tulpar-light-tanks\") { status } }",
				StandardCharsets.UTF_8);
		HttpResponse<String> shared = get("/graphiql?query=" + query);
		assertThat(shared.statusCode()).isEqualTo(200);
		assertThat(shared.body()).isEqualTo(get("/graphiql").body())
			.contains("<script src=\"graphiql/diplograph-graphiql.js\" data-root=\"\"></script>");
		HttpResponse<String> script = get("/graphiql/diplograph-graphiql.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
		assertThat(script.body()).contains("params.get('query')", "params.get('variables')", "history.replaceState");
		assertThat(get("/graphiql/").body()).contains("src=\"../graphiql/diplograph-graphiql.js\" data-root=\"../\"");
	}

	private JsonNode post(String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> answer = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return JsonMapper.shared().readTree(answer.body());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
