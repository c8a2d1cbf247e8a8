package org.diplograph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts the MongoDB commands a request sends: relationship fields are batched, so the
 * count depends on the depth of the query, not on how many items it returns.
 */
// the change feed is not polled during a test, and nothing is cached across requests:
// only the reads of each request are counted
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "diplograph.changes.poll-interval=1h", "diplograph.graphql.near-cache-size=0" })
@AutoConfigureHttpGraphQlTester
class RoundTripTests {

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	CommandCounter counter;

	/**
	 * A request that outlived the tester's wait would go on sending its commands into the
	 * next test's count: on a busy machine the wait is long.
	 */
	@BeforeEach
	void waitLongOnABusyMachine() {
		this.tester = this.tester.mutate().responseTimeout(Duration.ofSeconds(60)).build();
	}

	@Test
	void nestedActorsCostTheSameRoundTripsForOneAndFiftyActors() {
		List<String> one = nestedActorsCommands(this.tester, this.counter, 1);
		List<String> fifty = nestedActorsCommands(this.tester, this.counter, 50);
		// the page, then one batch of countries and one batch of articles (no totalCount:
		// no count)
		assertThat(one).containsExactly("find", "find", "find");
		assertThat(fifty).isEqualTo(one);
	}

	@Test
	void fourLevelsOfNestingCostOneQueryPerLevel() {
		this.counter.reset();
		this.tester.document("""
				{ articles(first: 5) { edges { node { title
				    actors { name visits { summary sources { article { title } } } } } } } }""")
			.execute()
			.path("articles.edges")
			.entityList(Object.class)
			.hasSize(5);
		// one query per level: the page of articles, then actors, visits and articles
		assertThat(this.counter.commands()).containsExactly("find", "find", "find", "find");
	}

	@Test
	void aPageOfPeopleReadsOnlyPeopleAndTheirSourcesWithoutTheirText() {
		this.counter.reset();
		List<Map<String, Object>> people = this.tester.document("""
				{ articles(first: 5) { edges { node {
				    actors(kind: PERSON) { kind visits { sources { article { title } } } } } } } }""")
			.execute()
			.path("articles.edges[*].node.actors[*]")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(people).isNotEmpty().allSatisfy((person) -> assertThat(person).containsEntry("kind", "PERSON"));
		// still one query per level; the kind is in the actors' query, the sources'
		// articles leave out body and mentions
		assertThat(this.counter.commands()).containsExactly("find", "find", "find", "find");
		List<BsonDocument> finds = this.counter.documents();
		assertThat(finds.get(1).getDocument("filter").toJson()).contains("\"kind\"", "PERSON");
		assertThat(finds.get(3).getDocument("projection", new BsonDocument())).containsEntry("body", new BsonInt32(0))
			.containsEntry("mentions", new BsonInt32(0));

		this.counter.reset();
		String body = this.tester.document("""
				{ articles(first: 1) { edges { node {
				    visits { sources { article { body } } } } } } }""")
			.execute()
			.path("articles.edges[0].node.visits[0].sources[0].article.body")
			.entity(String.class)
			.get();
		assertThat(body).hasSizeGreaterThan(500);
		assertThat(this.counter.documents().get(2).containsKey("projection")).isFalse();
	}

	@Test
	void networkAtDepthTwoAroundTheBestConnectedActorIsOneQueryPerType() {
		this.counter.reset();
		this.tester.document(
				"""
						{ actor(id: "actor:country-bd") { network(depth: 2) {
						    nodes { name }
						    edges { source { name } target { name } weight visits { summary } deals { title } articles { title } } } } }""")
			.execute()
			.path("actor.network.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(100);
		// the actor; then actors, visits, deals and articles, one batch each (the links
		// are in memory)
		assertThat(this.counter.commands()).containsExactly("find", "find", "find", "find", "find");
	}

	@Test
	void searchRelationshipAndTimelineAreBatched() {
		this.counter.reset();
		this.tester.document("{ search(query: \"Pakistan\", first: 50) { edges { node { item { __typename } } } } }")
			.execute()
			.path("search.edges")
			.entityList(Object.class)
			.hasSize(32);
		// the hits' articles, actors, visits, deals and engagements, one batch per type;
		// the index is in memory
		assertThat(this.counter.commands()).containsExactly("find", "find", "find", "find", "find");
		this.counter.reset();
		this.tester.document(
				"{ relationship(a: \"BD\", b: \"PK\") { visits { visitors { name } } deals { parties { name } } engagements { participants { name } } } }")
			.execute()
			.path("relationship.visits")
			.entityList(Object.class)
			.hasSize(9);
		// resolving a and b, then visits, deals, engagements and articles of the pair,
		// then one batch of actors
		assertThat(this.counter.commands()).hasSize(7).allMatch("find"::equals);
		this.counter.reset();
		this.tester.document(
				"{ timeline(involves: \"PK\") { count visits { visitors { name } } engagements { countries { name } } } }")
			.execute()
			.path("timeline")
			.entityList(Object.class)
			.hasSize(8);
		// resolving the actor, its visits, deals and engagements, one batch of actors
		assertThat(this.counter.commands()).hasSize(5).allMatch("find"::equals);
	}

	@Test
	void engagementsWithTheirActorsAndEvidenceCostOneQueryPerLevel() {
		this.counter.reset();
		this.tester.document("""
				{ engagements(first: 20) { edges { node { summary participants { name } countries { name }
				    hostCountry { name } sources { article { title } } } } } }""")
			.execute()
			.path("engagements.edges")
			.entityList(Object.class)
			.hasSize(11);
		// the page, then one batch of actors and one of articles
		assertThat(this.counter.commands()).containsExactly("find", "find", "find");
		this.counter.reset();
		this.tester.document("""
				{ actors(first: 50) { edges { node { engagements { countries { name } } } } } }""")
			.execute()
			.path("actors.edges")
			.entityList(Object.class)
			.hasSize(50);
		// the page of actors, their engagements in one batch, their countries in another
		assertThat(this.counter.commands()).containsExactly("find", "find", "find");
	}

	/** The commands the nestedActors query sends for a page of {@code first} actors. */
	static List<String> nestedActorsCommands(HttpGraphQlTester tester, CommandCounter counter, int first) {
		counter.reset();
		tester.documentName("nestedActors")
			.variable("first", first)
			.execute()
			.path("actors.edges")
			.entityList(Object.class)
			.hasSize(first);
		return counter.commands();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountCommands {

		@Bean
		CommandCounter commandCounter() {
			return new CommandCounter();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer countingListener(CommandCounter counter) {
			return (settings) -> settings.addCommandListener(counter);
		}

	}

	static class CommandCounter implements CommandListener {

		/**
		 * The change feed's own collections, which the follower polls in the background.
		 */
		private static final Set<String> BACKGROUND = Set.of("changes", "counters");

		private final List<String> commands = new CopyOnWriteArrayList<>();

		private final List<BsonDocument> documents = new CopyOnWriteArrayList<>();

		@Override
		public void commandStarted(CommandStartedEvent event) {
			BsonValue target = event.getCommand().get(event.getCommandName());
			if (target != null && target.isString() && BACKGROUND.contains(target.asString().getValue())) {
				return;
			}
			this.commands.add(event.getCommandName());
			this.documents.add(event.getCommand().clone());
		}

		void reset() {
			this.commands.clear();
			this.documents.clear();
		}

		/** The commands sent since the last reset, as sent. */
		List<BsonDocument> documents() {
			return List.copyOf(this.documents);
		}

		List<String> commands() {
			return List.copyOf(this.commands);
		}

	}

}
