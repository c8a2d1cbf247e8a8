package org.diplograph.change;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.Application;
import org.diplograph.GraphQlOverHttp;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index and link graph kept on disk beside the database: a restart opens them
 * and catches up with the changes made meanwhile; a copy that is missing, unreadable, or
 * of other data (a database restored to an earlier change, another database, another
 * seed) is rebuilt, never served.
 */
class DerivedIndexesTests {

	private static final List<String> BOTH = List.of("LinkGraph", "ListSizes", "SearchIndex");

	private static final String SEARCH = "{ search(query: \"Quillonet\") { edges { node { item { ... on Visit { id } } } } } }";

	private static final String NETWORK = "{ actor(id: \"actor:muhammad-yunus\") { network { edges { visits { summary } } } } }";

	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path temp;

	@Test
	void aRestartOpensTheCopiesAndCatchesUpAndAnUntrustworthyCopyIsRebuilt() throws Exception {
		Path data = this.temp.resolve("data");
		try (ConfigurableApplicationContext first = start(data)) {
			assertThat(rebuilt(first)).containsExactlyInAnyOrderElementsOf(BOTH);
		}
		Path beforeTheWrite = this.temp.resolve("before.mv");
		Files.copy(data.resolve("diplograph.mv"), beforeTheWrite);
		// another instance writes while this one is down
		try (ConfigurableApplicationContext other = start(data, "diplograph.indexes.on-disk=false")) {
			JsonNode created = GraphQlOverHttp.to(other)
				.post("mutation($input: VisitInput!) { createVisit(input: $input) { visit { id } } }",
						Map.of("input", Map.of("summary", "Quillonet coastguard exchange between the two navies",
								"visitors", List.of("Yunus"), "fromCountry", "BD", "hostCountry", "PK", "place",
								"Karachi", "date", "2026-05", "status", "PLANNED", "sources",
								List.of(Map.of("article", "article:003_002019fea3fe7ae5", "start", 0, "end", 40)))));
			assertThat(created.toString()).contains("visit:2026-05-");
		}
		try (ConfigurableApplicationContext restarted = start(data)) {
			DerivedIndexes.Started started = restarted.getBean(DerivedIndexes.class).started();
			assertThat(started.opened()).containsExactlyInAnyOrderElementsOf(BOTH);
			assertThat(started.rebuilt()).isEmpty();
			assertThat(GraphQlOverHttp.to(restarted).post(SEARCH, Map.of()).toString()).contains("visit:2026-05-");
			assertThat(GraphQlOverHttp.to(restarted).post(NETWORK, Map.of()).toString())
				.contains("Quillonet coastguard");
		}

		// the database file restored to before the write: the copies are ahead of its
		// feed
		Files.copy(beforeTheWrite, data.resolve("diplograph.mv"), StandardCopyOption.REPLACE_EXISTING);
		try (ConfigurableApplicationContext restored = start(data)) {
			assertThat(rebuilt(restored)).containsExactlyInAnyOrderElementsOf(BOTH);
			assertThat(GraphQlOverHttp.to(restored).post(SEARCH, Map.of()).toString()).doesNotContain("visit:2026-05-");
			assertThat(GraphQlOverHttp.to(restored).post(NETWORK, Map.of()).toString()).doesNotContain("Quillonet");
		}

		// unreadable copies
		garble(data.resolve("indexes"));
		try (ConfigurableApplicationContext repaired = start(data)) {
			assertThat(rebuilt(repaired)).containsExactlyInAnyOrderElementsOf(BOTH);
			assertThat(GraphQlOverHttp.to(repaired)
				.post("{ search(query: \"Ankara\") { totalCount } }", Map.of())
				.at("/data/search/totalCount")
				.asInt()).isGreaterThan(2);
		}

		// the copies of this data directory beside another database
		Path elsewhere = this.temp.resolve("elsewhere");
		copy(data.resolve("indexes"), elsewhere.resolve("indexes"));
		try (ConfigurableApplicationContext another = start(elsewhere)) {
			assertThat(rebuilt(another)).containsExactlyInAnyOrderElementsOf(BOTH);
		}

		// another seed, reconciled change by change
		try (ConfigurableApplicationContext reseeded = start(data, "diplograph.seed.seed-dir=" + editedSeed())) {
			assertThat(rebuilt(reseeded)).containsExactlyInAnyOrderElementsOf(BOTH);
		}
		try (ConfigurableApplicationContext again = start(data, "diplograph.seed.seed-dir=" + editedSeed())) {
			assertThat(again.getBean(DerivedIndexes.class).started().opened())
				.containsExactlyInAnyOrderElementsOf(BOTH);
		}
	}

	private ConfigurableApplicationContext start(Path data, String... more) {
		// arguments, so they win over the tests' configuration (which keeps data in
		// memory)
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--diplograph.embedded.in-memory=false",
				"--diplograph.embedded.data-dir=" + data));
		Stream.of(more).map((property) -> "--" + property).forEach(arguments::add);
		return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
	}

	private static List<String> rebuilt(ConfigurableApplicationContext context) {
		return context.getBean(DerivedIndexes.class).started().rebuilt();
	}

	/** Overwrites the middle of every file of the copies with other bytes. */
	private static void garble(Path indexes) throws IOException {
		try (Stream<Path> files = Files.walk(indexes)) {
			for (Path file : files.filter(Files::isRegularFile).filter((f) -> !f.endsWith("write.lock")).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				for (int i = bytes.length / 3; i < bytes.length * 2 / 3 + 1 && i < bytes.length; i++) {
					bytes[i] = (byte) (bytes[i] ^ 0x5a);
				}
				Files.write(file, bytes);
			}
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

	/** The project's seed with one visit summary worded differently. */
	private Path editedSeed() throws IOException {
		Path seed = this.temp.resolve("seed");
		if (!Files.isDirectory(seed)) {
			copy(Path.of("seed"), seed);
			Path visits = seed.resolve("visits.yaml");
			String text = Files.readString(visits, StandardCharsets.UTF_8);
			assertThat(text).contains("holds talks in Ankara");
			Files.writeString(visits, text.replace("holds talks in Ankara", "holds talks in Ankara on ships"),
					StandardCharsets.UTF_8);
		}
		return seed;
	}

}
