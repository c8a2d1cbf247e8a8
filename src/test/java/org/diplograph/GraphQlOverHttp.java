package org.diplograph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.IntSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.security.TestJwts;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Posts GraphQL requests over plain HTTP as a client would, for tests that race requests
 * against one server or talk to two instances.
 */
public final class GraphQlOverHttp {

	private final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final IntSupplier port;

	/** A client of the server on the port given when it is first asked for. */
	public GraphQlOverHttp(IntSupplier port) {
		this.port = port;
	}

	/** A client of a running instance. */
	public static GraphQlOverHttp to(ConfigurableApplicationContext instance) {
		return new GraphQlOverHttp(() -> ((WebServerApplicationContext) instance).getWebServer().getPort());
	}

	/** Posts the query with its variables as the local editor. */
	public JsonNode post(String query, Map<String, Object> variables) throws Exception {
		return post(query, variables, TestJwts.LOCAL_TOKEN);
	}

	/** Posts the query with its variables, with the bearer token when not null. */
	public JsonNode post(String query, Map<String, Object> variables, String token) throws Exception {
		return send(this.json.writeValueAsString(Map.of("query", query, "variables", variables)), token);
	}

	/** Posts a request body as it is, with the bearer token when not null. */
	public JsonNode send(String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port.getAsInt() + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.json.readTree(this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
	}

}
