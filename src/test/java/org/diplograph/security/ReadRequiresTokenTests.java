package org.diplograph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server closed to readers without a token ({@code read-requires-token}), and with no
 * token configured, so it makes its local editor token and writes it to the data
 * directory: the file is there, owner-only, and its token opens reads and writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "diplograph.security.read-requires-token=true", "diplograph.security.token=" })
class ReadRequiresTokenTests {

	private static final Path DATA_DIR = temporaryDirectory();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("diplograph.embedded.data-dir", DATA_DIR::toString);
	}

	@Test
	void aQueryWithoutATokenIsRefusedWith401() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ visits { totalCount } }\"}", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
		assertThat(response.body())
			.contains("\"classification\":\"UNAUTHORIZED\"",
					"This needs a token: send the header Authorization: Bearer <token>.")
			.doesNotContain("totalCount\":");
		assertThat(get("/graphql?query=%7B__typename%7D", null).statusCode()).isEqualTo(401);
	}

	@Test
	void theTokenWrittenToTheDataDirectoryOpensReadsAndWrites() throws Exception {
		Path file = DATA_DIR.resolve("editor-token");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		String token = Files.readString(file).strip();
		HttpResponse<String> read = post("{\"query\":\"{ visits(filter: {hostCountry: \\\"BD\\\"}) { totalCount } }\"}",
				token);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).isEqualTo("{\"data\":{\"visits\":{\"totalCount\":8}}}");
		HttpResponse<String> write = post("{\"query\":\"mutation { createActor(input: {name: \\\"Tamsin Oduya\\\","
				+ " kind: PERSON}) { actor { id history { by } } } }\"}", token);
		assertThat(write.body()).isEqualTo(
				"{\"data\":{\"createActor\":{\"actor\":{\"id\":\"actor:tamsin-oduya\",\"history\":[{\"by\":\"local\"}]}}}}");
	}

	@Test
	void graphiqlStillLoads() throws Exception {
		HttpResponse<String> page = get("/graphiql", null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("GraphiQL");
	}

	private HttpResponse<String> post(String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private static Path temporaryDirectory() {
		try {
			Path directory = Files.createTempDirectory("diplograph-read-token");
			directory.toFile().deleteOnExit();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
