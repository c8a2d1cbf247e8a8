package org.diplograph.change;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.Application;
import org.diplograph.GraphQlOverHttp;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one embedded database, the second connected to the first's server: a
 * write on either is in the other's search and network within the poll interval, the
 * other instance following the change feed.
 */
class TwoInstancesTests {

	private static final Duration POLL = Duration.ofMillis(300);

	private static final String ARTICLE = "article:003_002019fea3fe7ae5";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void start() {
		first = new SpringApplicationBuilder(Application.class)
			.properties("server.port=0", "diplograph.changes.poll-interval=" + POLL.toMillis() + "ms")
			.run();
		InetSocketAddress address = first.getBean(MongoServer.class).getLocalAddress();
		second = new SpringApplicationBuilder(Application.class)
			.properties("server.port=0", "diplograph.changes.poll-interval=" + POLL.toMillis() + "ms",
					"spring.mongodb.uri=mongodb://" + address.getHostString() + ":" + address.getPort() + "/diplograph")
			.run();
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@Test
	void aWriteOnOneInstanceReachesTheOthersSearchAndNetwork() throws Exception {
		JsonNode created = GraphQlOverHttp.to(first)
			.post("mutation($input: VisitInput!) { createVisit(input: $input) { visit { id } } }", Map.of("input",
					Map.of("summary", "Zephyrine harbour talks between the two navies", "visitors", List.of("Yunus"),
							"fromCountry", "BD", "hostCountry", "PK", "place", "Karachi", "date", "2026-04", "status",
							"PLANNED", "sources", List.of(Map.of("article", ARTICLE, "start", 0, "end", 40)))));
		long written = System.nanoTime();
		String id = created.path("data").path("createVisit").path("visit").path("id").asString();
		assertThat(id).as(created.toString()).startsWith("visit:2026-04-");
		String search = "{ search(query: \"Zephyrine\") { edges { node { item { ... on Visit { id } } } } } }";
		String network = "{ actor(id: \"actor:muhammad-yunus\") { network { edges { target { id } visits { id } } } } }";
		// on the instance written to, at once
		assertThat(GraphQlOverHttp.to(first).post(search, Map.of()).toString()).contains(id);
		JsonNode found = await(second, search, (answer) -> answer.toString().contains(id));
		long seen = System.nanoTime();
		assertThat(found.toString()).contains(id);
		await(second, network, (answer) -> answer.toString().contains(id));
		System.out.printf("Follower latency: a write on one instance reached the other's search in %d ms"
				+ " (poll interval %d ms)%n", (seen - written) / 1_000_000, POLL.toMillis());

		JsonNode deleted = GraphQlOverHttp.to(second)
			.post("mutation($id: ID!) { deleteVisit(id: $id, expectedRevision: 1) { id } }", Map.of("id", id));
		assertThat(deleted.path("data").path("deleteVisit").path("id").asString()).isEqualTo(id);
		await(first, search, (answer) -> !answer.toString().contains(id));
		await(first, network, (answer) -> !answer.toString().contains(id));
	}

	/**
	 * Asks again until the answer is as expected, failing after far more than the
	 * interval.
	 */
	private JsonNode await(ConfigurableApplicationContext instance, String query, Predicate<JsonNode> expected)
			throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		JsonNode answer = GraphQlOverHttp.to(instance).post(query, Map.of());
		while (!expected.test(answer)) {
			assertThat(System.nanoTime()).as("still %s", answer).isLessThan(deadline);
			Thread.sleep(50);
			answer = GraphQlOverHttp.to(instance).post(query, Map.of());
		}
		return answer;
	}

}
