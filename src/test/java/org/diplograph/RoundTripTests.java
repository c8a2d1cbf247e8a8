package org.diplograph;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
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
 * Counts the MongoDB commands a request sends: relationship fields are batched, so the count
 * depends on the depth of the query, not on how many items it returns.
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
		List<String> one = commandsFor(1);
		List<String> fifty = commandsFor(50);
		// the page's count (an aggregate) and find, then one batch of countries and one batch of articles
		assertThat(one).containsExactly("aggregate", "find", "find", "find");
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
		// count (an aggregate) and find of the page; then actors, visits and articles, one batch each
		assertThat(this.counter.commands()).containsExactly("aggregate", "find", "find", "find", "find");
	}

	private List<String> commandsFor(int first) {
		this.counter.reset();
		this.tester.documentName("nestedActors")
			.variable("first", first)
			.execute()
			.path("actors.edges")
			.entityList(Object.class)
			.hasSize(first);
		return this.counter.commands();
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

		private final List<String> commands = new CopyOnWriteArrayList<>();

		@Override
		public void commandStarted(CommandStartedEvent event) {
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
