package org.diplograph.database;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the database gone, requests fail fast with an UNAVAILABLE error and readiness is
 * DOWN; when it comes back, service resumes by itself, with the data intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
@DirtiesContext
class DatabaseOutageTests {

	@TempDir
	static Path dataDir;

	static MongoServer restarted;

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	MongoServer embedded;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void onDisk(DynamicPropertyRegistry registry) {
		registry.add("diplograph.embedded.in-memory", () -> "false");
		registry.add("diplograph.embedded.data-dir", () -> dataDir.toString());
	}

	@AfterAll
	static void stopRestarted() {
		if (restarted != null) {
			restarted.shutdownNow();
		}
	}

	@Test
	void outageIsReportedQuicklyAndServiceResumesWhenTheDatabaseReturns() throws Exception {
		String query = "{ actor(id: \"actor:haluk-gorgun\") { name visits { id } } }";
		this.tester.document(query).execute().path("actor.name").entity(String.class).isEqualTo("Haluk Görgün");
		assertThat(readiness()).isEqualTo(200);

		InetSocketAddress address = this.embedded.getLocalAddress();
		this.embedded.shutdownNow();
		long started = System.nanoTime();
		GraphQlTester.Response down = this.tester.document(query).execute();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		down.errors()
			.expect((error) -> "UNAVAILABLE".equals(error.getErrorType().toString())
					&& error.getMessage().equals("The database is unavailable; try again shortly."))
			.verify();
		assertThat(took).isLessThan(Duration.ofSeconds(6));
		assertThat(readiness()).isEqualTo(503);

		restarted = new MongoServer(new H2Backend(dataDir.resolve("diplograph.mv").toString()));
		restarted.bind(address.getHostString(), address.getPort());
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		boolean back = false;
		while (!back && System.nanoTime() < deadline) {
			GraphQlTester.Response response = this.tester.document(query).execute();
			back = response.returnResponse().getErrors().isEmpty();
			if (!back) {
				Thread.sleep(250);
			}
		}
		assertThat(back).as("service resumed within 30 s").isTrue();
		this.tester.document(query)
			.execute()
			.path("actor.visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-07-haluk-gorgun-dhaka");
		assertThat(readiness()).isEqualTo(200);
	}

	private int readiness() throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

}
