package org.diplograph.limits;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends {@link AbuseShapes} to a running server and times the answers. */
final class AbuseRequests {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI endpoint;

	AbuseRequests(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	Answer send(AbuseShapes.Shape shape) throws IOException, InterruptedException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", shape.document());
		body.put("variables", shape.variables());
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofByteArray(JsonMapper.shared().writeValueAsBytes(body)))
			.build();
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		long millis = (System.nanoTime() - start) / 1_000_000;
		return new Answer(response.statusCode(), JsonMapper.shared().readTree(response.body()), millis,
				response.body().length());
	}

	/** Whether the server answers a trivial query within a few seconds. */
	boolean answersTrivialQuery() throws IOException, InterruptedException {
		Answer answer = send(new AbuseShapes.Shape("{ __typename }", Map.of()));
		if (answer.millis() > 1_000) {
			System.out.println("abuse: a trivial query took " + answer.millis() + " ms");
		}
		return answer.status() == 200 && answer.body().path("data").path("__typename").asString().equals("Query")
				&& answer.millis() < 5_000;
	}

	/** An answer: its status, body and time. */
	record Answer(int status, JsonNode body, long millis, int length) {

		int errorCount() {
			return this.body.path("errors").size();
		}

		String firstMessage() {
			return this.body.path("errors").path(0).path("message").asString();
		}

		String firstClassification() {
			return this.body.path("errors").path(0).path("extensions").path("classification").asString();
		}

	}

}
