package org.diplograph.backup;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.Application;
import org.diplograph.WritesContext;
import org.diplograph.security.TestJwts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A backup taken while an analyst keeps writing, restored into a fresh database: the same
 * answers, the same history, each document at the revision its history ends with, nothing
 * left locked; and a restore refused over data.
 */
class BackupTests extends WritesContext {

	private static final String ARTICLE = "article:001_141978add01e0fce";

	private static final String STATE = "{ visits { totalCount } deals { totalCount } actors { totalCount }"
			+ " articles { totalCount } changes(first: 100) { totalCount edges { node { id action subjectId by } } } }";

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Test
	void aBackupTakenWhileWritingRestoresTheSameKnowledgeAndHistory() throws Exception {
		String kept = createVisit("Backup test visit kept as written", "Cox's Bazar");
		post(this.port, "mutation($id: ID!) { updateVisit(id: $id, input: {purpose: \"Port calls\"},"
				+ " expectedRevision: 1) { visit { id } } }", Map.of("id", kept), TestJwts.LOCAL_TOKEN);
		String busy = createVisit("Backup test visit changed during the backup", "Jessore");
		Map<Integer, String> placeByRevision = new ConcurrentHashMap<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		Thread analyst = new Thread(() -> {
			for (int revision = 1; writing.get() && revision < 60; revision++) {
				String place = "Jessore-" + revision;
				JsonNode answer = post(this.port,
						"mutation($id: ID!, $place: String, $rev: Int!) { updateVisit(id: $id,"
								+ " input: {place: $place}, expectedRevision: $rev) { visit { revision } } }",
						Map.of("id", busy, "place", place, "rev", revision), TestJwts.LOCAL_TOKEN);
				placeByRevision.put(answer.path("data").path("updateVisit").path("visit").path("revision").asInt(),
						place);
			}
		});
		analyst.start();
		Thread.sleep(200);
		Path archive = this.dir.resolve("backup.zip");
		HttpResponse<Path> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/backup"))
				.header("Authorization", "Bearer " + TestJwts.admin("root"))
				.build(), HttpResponse.BodyHandlers.ofFile(archive));
		writing.set(false);
		analyst.join();
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(Files.size(archive)).isGreaterThan(10_000);

		ConfigurableApplicationContext restored = new SpringApplicationBuilder(Application.class)
			.properties("server.port=0", "diplograph.restore-from=" + archive)
			.run();
		try {
			int port = ((WebServerApplicationContext) restored).getWebServer().getPort();
			String visit = "query($id: ID!) { visit(id: $id) { revision place purpose visitors { id }"
					+ " sources { quote } history { id action revision by } } }";
			assertThat(post(port, visit, Map.of("id", kept), null))
				.isEqualTo(post(this.port, visit, Map.of("id", kept), null));
			JsonNode busyNow = post(port, visit, Map.of("id", busy), null).path("data").path("visit");
			int revision = busyNow.path("revision").asInt();
			assertThat(busyNow.path("history")).hasSize(revision);
			assertThat(busyNow.path("place").asString())
				.isEqualTo((revision == 1) ? "Jessore" : placeByRevision.get(revision));
			JsonNode restoredChanges = post(port, STATE, Map.of(), null).path("data").path("changes").path("edges");
			JsonNode originalChanges = post(this.port, STATE, Map.of(), null).path("data")
				.path("changes")
				.path("edges");
			for (int i = 0; i < restoredChanges.size(); i++) {
				assertThat(restoredChanges.get(i)).isEqualTo(originalChanges.get(i));
			}
			// nothing stays locked: the next write on the restored copy goes through
			JsonNode next = post(port,
					"mutation($id: ID!, $rev: Int!) { updateVisit(id: $id, input: {place: \"Khulna\"},"
							+ " expectedRevision: $rev) { visit { revision } } }",
					Map.of("id", busy, "rev", revision), TestJwts.LOCAL_TOKEN);
			assertThat(next.path("data").path("updateVisit").path("visit").path("revision").asInt()).as(next.toString())
				.isEqualTo(revision + 1);

			InetSocketAddress address = restored.getBean(MongoServer.class).getLocalAddress();
			assertThatException()
				.isThrownBy(() -> new SpringApplicationBuilder(Application.class)
					.properties("server.port=0", "diplograph.restore-from=" + archive,
							"spring.mongodb.uri=mongodb://" + address.getHostString() + ":" + address.getPort()
									+ "/diplograph")
					.run())
				.satisfies((ex) -> assertThat(rootCause(ex).getMessage()).contains("not empty"));
		}
		finally {
			restored.close();
		}
	}

	@Test
	void onlyAnAdministratorTakesABackup() throws Exception {
		for (Map.Entry<String, Integer> token : Map.of("", 401, TestJwts.editor("ed"), 403, "forged", 401).entrySet()) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/admin/backup"));
			if (!token.getKey().isEmpty()) {
				request.header("Authorization", "Bearer " + token.getKey());
			}
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(token.getValue());
			boolean forbidden = token.getValue() == 403;
			assertThat(response.body()).contains(
					"\"classification\":\"" + (forbidden ? "FORBIDDEN" : "UNAUTHORIZED") + "\"",
					forbidden ? "a token with scope diplograph:admin," : "Authorization: Bearer <token>.");
			if (token.getKey().isEmpty()) {
				assertThat(response.body()).contains("This needs a token with scope diplograph:admin: send the header");
			}
		}
	}

	private String createVisit(String summary, String place) {
		JsonNode created = post(this.port,
				"mutation($input: VisitInput!) { createVisit(input: $input) { visit { id } } }",
				Map.of("input",
						Map.of("summary", summary, "fromCountry", "TR", "hostCountry", "BD", "place", place, "date",
								"2026-06", "status", "PLANNED", "sources",
								List.of(Map.of("article", ARTICLE, "start", 20, "end", 80)))),
				TestJwts.LOCAL_TOKEN);
		return created.path("data").path("createVisit").path("visit").path("id").asString();
	}

	private JsonNode post(int port, String query, Map<String, Object> variables, String token) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString(this.json.writeValueAsString(Map.of("query", query, "variables", variables))));
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			return this.json.readTree(
					HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}
