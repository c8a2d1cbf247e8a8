package org.diplograph;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts the MongoDB commands a request sends: relationship fields are batched, so the
 * count depends on the depth of the query, not on how many items it returns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class RoundTripTests {

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	CommandCounter counter;

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

		@Override
		public void commandStarted(CommandStartedEvent event) {
			BsonValue target = event.getCommand().get(event.getCommandName());
			if (target != null && target.isString() && BACKGROUND.contains(target.asString().getValue())) {
				return;
			}
			this.commands.add(event.getCommandName());
		}

		void reset() {
			this.commands.clear();
		}

		List<String> commands() {
			return List.copyOf(this.commands);
		}

	}

}
