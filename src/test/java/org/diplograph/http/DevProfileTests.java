package org.diplograph.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code dev} profile a front-end developer starts with: any {@code http://localhost}
 * port may call the API from a browser, and read the request ID and ETag of its answers.
 * The context also sets a Cache-Control and a persisted query cache size of its own,
 * saving a second start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "diplograph.http.cache-control=max-age=60, must-revalidate",
				"diplograph.persisted-queries.max-entries=2" })
@ActiveProfiles("dev")
class DevProfileTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void frontEndsOnAnyLocalhostPortPassThePreflight() throws Exception {
		for (String origin : new String[] { "http://localhost:5173", "http://localhost:3000",
				"http://127.0.0.1:8000" }) {
			HttpResponse<String> preflight = send(preflight(origin));
			assertThat(preflight.statusCode()).as(origin).isEqualTo(200);
			assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(origin);
		}
		assertThat(send(preflight("http://elsewhere.example")).statusCode()).isEqualTo(403);
		assertThat(send(preflight("https://localhost.example:5173")).statusCode()).isEqualTo(403);
	}

	@Test
	void aFrontEndCanReadTheRequestIdAndTheEtag() throws Exception {
		HttpResponse<String> answer = send(
				request("/graphql?query=%7B__typename%7D").header("Origin", "http://localhost:5173"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
		assertThat(answer.headers().firstValue("Access-Control-Expose-Headers").orElse("")).contains("X-Request-Id",
				"ETag");
		HttpResponse<String> schema = send(request("/graphql/schema").header("Origin", "http://localhost:3000"));
		assertThat(schema.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
	}

	@Test
	void theConfiguredCacheControlIsSentWithGetAnswers() throws Exception {
		HttpResponse<String> answer = send(request("/graphql?query=%7B__typename%7D"));
		assertThat(answer.headers().firstValue("Cache-Control")).hasValue("max-age=60, must-revalidate");
		assertThat(answer.headers().firstValue("ETag")).isPresent();
	}

	@Test
	void thePersistedQueryCacheKeepsTheMostRecentlyUsedQueriesOnly() throws Exception {
		String[] queries = { "{ a: __typename }", "{ b: __typename }", "{ c: __typename }" };
		for (String query : queries) {
			assertThat(persisted(query, true)).contains("\"data\"");
		}
		assertThat(persisted(queries[2], false)).contains("\"c\":\"Query\"");
		assertThat(persisted(queries[1], false)).contains("\"b\":\"Query\"");
		assertThat(persisted(queries[0], false)).contains("PersistedQueryNotFound");
	}

	private String persisted(String query, boolean withQuery) throws Exception {
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
		String body = "{" + (withQuery ? "\"query\": \"" + query + "\", " : "")
				+ "\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"" + hash + "\"}}}";
		return send(request("/graphql").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))).body();
	}

	private HttpRequest.Builder preflight(String origin) {
		return request("/graphql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,x-request-id");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
