package org.diplograph.persisted;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Automatic persisted queries as Apollo Client speaks them, over POST and GET: the hash
 * alone, a PersistedQueryNotFound, the query sent with its hash, then the hash alone
 * again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersistedQueriesTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void anUnknownHashAsksForTheQueryWhichIsThenRememberedForPostAndGet() throws Exception {
		String query = "query DealStatus { deal(id: \"deal:tulpar-light-tanks\") { title status } }";
		String hash = sha256(query);

		JsonNode unknown = post(null, hash);
		assertThat(unknown.has("data")).isFalse();
		JsonNode error = unknown.path("errors").path(0);
		assertThat(error.path("message").asString()).isEqualTo("PersistedQueryNotFound");
		assertThat(error.path("extensions").path("code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
		HttpResponse<String> unknownByGet = get(null, hash);
		assertThat(unknownByGet.body()).contains("PersistedQueryNotFound");
		assertThat(unknownByGet.headers().firstValue("Cache-Control")).hasValue("no-store");

		JsonNode registered = post(query, hash);
		assertThat(registered.path("data").path("deal").path("status").asString()).isEqualTo("UNDER_CONSIDERATION");

		JsonNode byHash = post(null, hash);
		assertThat(byHash.has("errors")).as(byHash.toString()).isFalse();
		assertThat(byHash.path("data")).isEqualTo(registered.path("data"));
		HttpResponse<String> byGet = get(null, hash);
		assertThat(byGet.statusCode()).isEqualTo(200);
		assertThat(JsonMapper.shared().readTree(byGet.body()).path("data")).isEqualTo(registered.path("data"));
		// a hashed GET is as cacheable as any other query
		assertThat(byGet.headers().firstValue("ETag")).isPresent();
	}

	@Test
	void aHashThatIsNotTheQuerysIsABadRequest() throws Exception {
		String query = "{ deal(id: \"deal:boran-howitzers\") { title } }";
		JsonNode answer = post(query, sha256(query + " "));
		assertThat(answer.has("data")).isFalse();
		JsonNode error = answer.path("errors").path(0);
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
		assertThat(error.path("message").asString()).contains("is not the SHA-256 of the query");
		HttpResponse<String> byGet = get(query, sha256("another query"));
		assertThat(byGet.body()).contains("is not the SHA-256 of the query");
	}

	@Test
	void aMalformedPersistedQueryIsRefusedBeforeItRuns() throws Exception {
		HttpResponse<String> version = send(
				postRequest("{\"extensions\": {\"persistedQuery\": {\"version\": 2, \"sha256Hash\": \""
						+ sha256("{ a }") + "\"}}}"));
		assertThat(version.statusCode()).isEqualTo(400);
		assertThat(version.body()).contains("version 1 is the only one supported");
		HttpResponse<String> hash = send(
				postRequest("{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"ABC\"}}}"));
		assertThat(hash.statusCode()).isEqualTo(400);
		assertThat(hash.body()).contains("64 lowercase hex digits");
	}

	@Test
	void everyLimitStillAppliesToAPersistedQuery() throws Exception {
		String deep = "{ actor(id: \"actor:haluk-gorgun\") { " + "country { ".repeat(12) + "name" + " }".repeat(12)
				+ " } }";
		String hash = sha256(deep);
		for (int attempt = 0; attempt < 2; attempt++) {
			JsonNode answer = post((attempt == 0) ? deep : null, hash);
			assertThat(answer.path("errors").path(0).path("message").asString()).as(answer.toString())
				.contains("diplograph.limits.max-depth");
		}
	}

	static String sha256(String query) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
	}

	private JsonNode post(String query, String hash) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		if (query != null) {
			body.put("query", query);
		}
		body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
		HttpResponse<String> answer = send(postRequest(JsonMapper.shared().writeValueAsString(body)));
		return JsonMapper.shared().readTree(answer.body());
	}

	private HttpResponse<String> get(String query, String hash) throws Exception {
		String extensions = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
		String parameters = "extensions=" + URLEncoder.encode(extensions, StandardCharsets.UTF_8)
				+ ((query != null) ? "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) : "");
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql?" + parameters)));
	}

	private HttpRequest.Builder postRequest(String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
