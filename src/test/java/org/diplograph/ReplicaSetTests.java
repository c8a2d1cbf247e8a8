package org.diplograph;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances against one MongoDB replica set, as compose.replica-set.yaml runs them:
 * both start (loading the seed at the same time is safe), and both give the same answers.
 * Needs Docker; skipped without it.
 */
@Testcontainers(disabledWithoutDocker = true)
class ReplicaSetTests {

	@Container
	static final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

	static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@BeforeAll
	static void startTwoInstances() {
		String uri = mongo.getReplicaSetUrl("diplograph")
				+ "?readPreference=primaryPreferred&retryWrites=true&retryReads=true";
		List<Thread> starting = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Thread thread = new Thread(() -> {
				ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
					.properties("spring.mongodb.uri=" + uri, "server.port=0")
					.run();
				synchronized (instances) {
					instances.add(context);
				}
			});
			thread.start();
			starting.add(thread);
		}
		starting.forEach((thread) -> {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
	}

	@AfterAll
	static void stop() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void bothInstancesServeTheSameKnowledge() throws Exception {
		assertThat(instances).hasSize(2);
		String query = "{\"query\":\"{ visits(filter: {hostCountry: \\\"BD\\\"}) { totalCount } "
				+ "search(query: \\\"Gungor\\\") { totalCount } }\"}";
		List<String> answers = new ArrayList<>();
		for (ConfigurableApplicationContext instance : instances) {
			int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(query))
				.build();
			answers.add(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
		}
		assertThat(answers.get(0))
			.isEqualTo("{\"data\":{\"visits\":{\"totalCount\":8},\"search\":{\"totalCount\":2}}}");
		assertThat(answers.get(1)).isEqualTo(answers.get(0));
	}

}
