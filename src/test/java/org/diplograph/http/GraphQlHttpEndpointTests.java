package org.diplograph.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP behaviour of {@code /graphql} beyond what the graphql-http audits check:
 * methods, media types, and requests refused before they run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphQlHttpEndpointTests {

	private static final String JSON = "application/json";

	private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

	private static final String TYPENAME = "{\"query\": \"{ __typename }\"}";

	private static final byte[] LATIN_1 = "{\"query\": \"{ actorByName(name: \\\"Türkiye\\\") { id } }\"}"
		.getBytes(StandardCharsets.ISO_8859_1);

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void postNeedsAJsonBody() throws Exception {
		HttpResponse<String> form = send(
				post("query=%7B__typename%7D").header("Content-Type", "application/x-www-form-urlencoded"));
		assertRefused(form, 415, JSON, "Content-Type: application/json");
		assertThat(form.headers().firstValue("Accept")).hasValue(JSON);
		assertRefused(send(post(TYPENAME)), 415, JSON, "Content-Type: application/json");
		assertRefused(send(post(TYPENAME).header("Content-Type", "text/plain")), 415, JSON, "application/json");
	}

	@Test
	void malformedBodiesAreBadRequestsInTheAcceptedType() throws Exception {
		for (String body : new String[] { "", "null", "[]", "\"x\"", "{", "{\"query\": \"{ __typename }\"} x" }) {
			assertRefused(send(postJson(body).header("Accept", GRAPHQL_RESPONSE)), 400, GRAPHQL_RESPONSE,
					"request body");
		}
		assertRefused(send(postJson("{}")), 400, JSON, "query");
		assertRefused(send(postJson("{\"query\": 1}")), 400, JSON, "query must be a string");
		assertRefused(send(postJson("{\"query\": \"{ __typename }\", \"operationName\": false}")), 400, JSON,
				"operationName must be a string or null");
		assertRefused(send(postJson("{\"query\": \"{ __typename }\", \"variables\": [1]}")), 400, JSON,
				"variables must be a JSON object or null");
		assertRefused(send(postJson("{\"query\": \"{ __typename }\", \"extensions\": \"x\"}")), 400, JSON,
				"extensions must be a JSON object or null");
		assertRefused(
				send(request("").POST(HttpRequest.BodyPublishers.ofByteArray(LATIN_1)).header("Content-Type", JSON)),
				400, JSON, "not valid UTF-8");
	}

	@Test
	void aDeclaredCharsetIsHonoured() throws Exception {
		HttpResponse<String> answer = send(request("").POST(HttpRequest.BodyPublishers.ofByteArray(LATIN_1))
			.header("Content-Type", "application/json; charset=ISO-8859-1"));
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"data\":{\"actorByName\":{\"id\":\"actor:country-tr\"}}}");
	}

	@Test
	void theAcceptHeaderChoosesTheResponseType() throws Exception {
		assertThat(contentType(send(postJson(TYPENAME)))).isEqualTo(JSON);
		assertThat(contentType(send(postJson(TYPENAME).header("Accept", "*/*")))).isEqualTo(JSON);
		assertThat(contentType(send(postJson(TYPENAME).header("Accept", GRAPHQL_RESPONSE + ", " + JSON))))
			.isEqualTo(GRAPHQL_RESPONSE);
		assertThat(
				contentType(send(postJson(TYPENAME).header("Accept", GRAPHQL_RESPONSE + ";q=0.9, " + JSON + ";q=0.5"))))
			.isEqualTo(GRAPHQL_RESPONSE);
		assertThat(contentType(send(postJson(TYPENAME).header("Accept", JSON + ", " + GRAPHQL_RESPONSE + ";q=0.5"))))
			.isEqualTo(JSON);
		assertThat(contentType(send(postJson(TYPENAME).header("Accept", JSON + ";q=0, */*"))))
			.isEqualTo(GRAPHQL_RESPONSE);
		assertRefused(send(postJson(TYPENAME).header("Accept", "text/html")), 406, JSON, "accept one of them");
		assertRefused(send(request("?query=%7B__typename%7D").header("Accept", "text/html")), 406, JSON,
				"accept one of them");
		HttpResponse<String> browser = send(request("?query=%7B__typename%7D").header("Accept",
				"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(contentType(browser)).isEqualTo(JSON);
	}

	@Test
	void getRefusalsAreGraphQlResponses() throws Exception {
		assertRefused(send(request("")), 400, JSON, "query parameter");
		assertRefused(send(request("?query=%FF")), 400, JSON, "URL query string");
		assertRefused(send(request("?query=%7B__typename%7D&variables=%7B")), 400, JSON,
				"variables parameter is not valid JSON");
		assertRefused(send(request("?query=%7B__typename%7D&extensions=%5B%5D")), 400, JSON,
				"extensions must be a JSON object");
		HttpResponse<String> mutation = send(
				request("?query=mutation%20%7B__typename%7D").header("Accept", GRAPHQL_RESPONSE));
		assertRefused(mutation, 405, GRAPHQL_RESPONSE, "send mutations and subscriptions with POST");
		assertThat(mutation.headers().firstValue("Allow")).hasValue("POST");
	}

	@Test
	void headRunsLikeGetAndOtherMethodsAreNotAllowed() throws Exception {
		HttpResponse<String> head = send(
				request("?query=%7B__typename%7D").method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(contentType(head)).isEqualTo(JSON);
		HttpResponse<String> options = send(request("").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		assertThat(options.statusCode()).isEqualTo(204);
		assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
		for (String method : new String[] { "PUT", "DELETE", "PATCH" }) {
			HttpResponse<String> refused = send(
					request("").method(method, HttpRequest.BodyPublishers.ofString(TYPENAME))
						.header("Content-Type", JSON));
			assertRefused(refused, 405, JSON, "GET for queries and POST");
			assertThat(refused.headers().firstValue("Allow")).hasValue("GET, HEAD, POST, OPTIONS");
		}
	}

	@Test
	void aBrowserOpeningTheEndpointIsSentToGraphiql() throws Exception {
		String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
		HttpResponse<String> page = send(request("").header("Accept", browser));
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValue("/graphiql");
		assertThat(page.headers().allValues("Vary")).contains("Accept");
		// a query still runs, and a client that asks for JSON still gets the JSON error
		assertThat(send(request("?query=%7B__typename%7D").header("Accept", browser)).statusCode()).isEqualTo(200);
		assertRefused(send(request("").header("Accept", JSON)), 400, JSON, "query parameter");
	}

	@Test
	void withoutTheDevProfileLocalhostOriginsAreRefused() throws Exception {
		HttpResponse<String> preflight = send(request("").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "http://localhost:5173")
			.header("Access-Control-Request-Method", "POST"));
		assertThat(preflight.statusCode()).isEqualTo(403);
	}

	@Test
	void theSchemaIsDescribedUtf8PlainTextForGetAndHead() throws Exception {
		HttpResponse<String> sdl = send(schema().GET());
		assertThat(sdl.statusCode()).isEqualTo(200);
		assertThat(contentType(sdl)).isEqualTo("text/plain;charset=UTF-8");
		assertThat(sdl.body()).contains("type DefenceDeal implements Node")
			.contains(
					"\"The supplier has offered or promised something concrete; the buyer has not accepted yet.\"\n  OFFERED")
			.contains("(\"Gorgun\" finds Haluk Görgün");
		HttpResponse<String> head = send(schema().method("HEAD", HttpRequest.BodyPublishers.noBody()));
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(contentType(head)).isEqualTo("text/plain;charset=UTF-8");
		assertThat(head.body()).isEmpty();
	}

	private HttpRequest.Builder schema() {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema"));
	}

	private void assertRefused(HttpResponse<String> response, int status, String contentType, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(contentType(response)).isEqualTo(contentType);
		JsonNode body = JsonMapper.shared().readTree(response.body());
		assertThat(body.has("data")).as("a data entry in %s", response.body()).isFalse();
		JsonNode error = body.path("errors").path(0);
		assertThat(error.path("message").asString()).contains(message);
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
	}

	private static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("(none)");
	}

	private HttpRequest.Builder request(String parameters) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql" + parameters));
	}

	private HttpRequest.Builder post(String body) {
		return request("").POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpRequest.Builder postJson(String body) {
		return post(body).header("Content-Type", JSON);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
