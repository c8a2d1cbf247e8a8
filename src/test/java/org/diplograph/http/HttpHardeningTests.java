package org.diplograph.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing internal leaks out over HTTP: errors outside GraphQL are JSON GraphQL errors
 * and never an HTML page, the actuator shows only health on the API port, every response
 * carries the security headers, and Allow headers list only what the server serves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpHardeningTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void theErrorPathAskedForDirectlyIsAJsonNotFound() throws Exception {
		for (String method : new String[] { "GET", "POST" }) {
			HttpResponse<String> error = send(request("/error").method(method, HttpRequest.BodyPublishers.noBody())
				.header("Accept", "text/html"));
			assertJsonError(error, 404, "NOT_FOUND", "There is nothing at /error");
		}
	}

	@Test
	void pathsNothingServesAreJsonNotFoundsEvenForBrowsers() throws Exception {
		assertJsonError(send(request("/no/such/page").header("Accept", "text/html")), 404, "NOT_FOUND",
				"There is nothing at /no/such/page");
	}

	@Test
	void requestsOverTomcatsHeaderLimitGetAJsonError() throws Exception {
		String longQuery = "%7B__typename" + "%20".repeat(3000) + "%7D";
		assertJsonError(send(request("/graphql?query=" + longQuery)), 400, "BAD_REQUEST",
				"server.max-http-request-header-size");
		assertJsonError(send(request("/graphql?query=%7B__typename%7D").header("X-Padding", "x".repeat(9000))), 400,
				"BAD_REQUEST", "send long queries with POST");
	}

	@Test
	void theActuatorShowsOnlyHealthOnTheApiPort() throws Exception {
		assertThat(send(request("/actuator/health")).statusCode()).isEqualTo(200);
		assertThat(send(request("/actuator/health/readiness")).statusCode()).isEqualTo(200);
		assertJsonError(send(request("/actuator/metrics")), 404, "NOT_FOUND", "/actuator/metrics");
		assertJsonError(send(request("/actuator/info")), 404, "NOT_FOUND", "/actuator/info");
		assertThat(send(request("/actuator")).body()).contains("health").doesNotContain("metrics");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/graphql?query=%7B__typename%7D", "/graphiql", "/graphql/schema",
				"/actuator/health", "/no/such/page" }) {
			HttpResponse<String> response = send(request(path));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("default-src 'self'",
						"frame-ancestors 'none'", "object-src 'none'", "connect-src 'self'"));
		}
		// scripts come from the server's own files only: no inline script, no eval
		assertThat(send(request("/graphiql")).headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("script-src 'self'")
			.doesNotContain("'unsafe-eval'")
			.doesNotContainPattern("script-src [^;]*'unsafe-inline'");
	}

	@Test
	void allowHeadersListOnlyWhatTheServerServes() throws Exception {
		HttpResponse<String> options = send(request("/graphql").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
		HttpResponse<String> trace = send(request("/graphql").method("TRACE", HttpRequest.BodyPublishers.noBody()));
		assertThat(trace.statusCode()).isEqualTo(405);
		assertThat(trace.headers().firstValue("Allow")).hasValueSatisfying(
				(allow) -> assertThat(allow).doesNotContain("PUT", "DELETE", "PATCH", "TRACE").contains("POST"));
		HttpResponse<String> delete = send(request("/graphiql").method("DELETE", HttpRequest.BodyPublishers.noBody()));
		assertJsonError(delete, 405, "BAD_REQUEST", "DELETE is not allowed on /graphiql");
		assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD");
		HttpResponse<String> traceGraphiql = send(
				request("/graphiql").method("TRACE", HttpRequest.BodyPublishers.noBody()));
		assertThat(traceGraphiql.headers().firstValue("Allow"))
			.hasValueSatisfying((allow) -> assertThat(allow).doesNotContain("PUT", "DELETE", "POST"));
	}

	private static void assertJsonError(HttpResponse<String> response, int status, String classification,
			String messagePart) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).contains("\"classification\":\"" + classification + "\"", messagePart)
			.doesNotContain("<html", "Whitelabel", "Exception", "\"trace\"");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
