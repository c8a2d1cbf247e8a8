package org.diplograph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.security.TestJwts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents read through the relationship fields stay in the near cache across requests
 * until a change touches them: a repeated request reads only its page, and a write is
 * seen by the very next read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "diplograph.changes.poll-interval=1h")
@AutoConfigureHttpGraphQlTester
@Import(RoundTripTests.CountCommands.class)
class NearCacheTests {

	private static final String PAGE = "{ articles(first: 3) { edges { node { visits { id revision summary } } } } }";

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	RoundTripTests.CommandCounter counter;

	@Test
	void aRepeatedRequestReadsOnlyItsPageAndAWriteIsSeenAtOnce() {
		List<Map<String, Object>> first = visits();
		assertThat(this.counter.commands()).containsExactly("find", "find");
		assertThat(visits()).isEqualTo(first);
		// the page itself is read each time; its articles' visits come from the cache
		assertThat(this.counter.commands()).containsExactly("find");

		Map<String, Object> visit = first.get(0);
		this.tester.mutate()
			.header("Authorization", "Bearer " + TestJwts.LOCAL_TOKEN)
			.build()
			.documentName("visitWrites")
			.operationName("updateVisit")
			.variable("id", visit.get("id"))
			.variable("input", Map.of("summary", "A summary worded anew for the cache test"))
			.variable("expectedRevision", visit.get("revision"))
			.execute()
			.path("updateVisit.visit.summary")
			.entity(String.class)
			.isEqualTo("A summary worded anew for the cache test");
		List<Map<String, Object>> after = visits();
		assertThat(after.get(0)).containsEntry("id", visit.get("id"))
			.containsEntry("summary", "A summary worded anew for the cache test")
			.containsEntry("revision", (Integer) visit.get("revision") + 1);
		// only what the write touched is read again
		assertThat(this.counter.commands()).containsExactly("find", "find");
		assertThat(after.subList(1, after.size())).isEqualTo(first.subList(1, first.size()));
	}

	private List<Map<String, Object>> visits() {
		this.counter.reset();
		return this.tester.document(PAGE)
			.execute()
			.path("articles.edges[*].node.visits[*]")
			.entityList(Object.class)
			.get()
			.stream()
			.map((visit) -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> fields = (Map<String, Object>) visit;
				return fields;
			})
			.toList();
	}

}
