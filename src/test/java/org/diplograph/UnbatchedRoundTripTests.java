package org.diplograph;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The naive baseline the benchmarks compare with: batching off, one query per parent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "diplograph.graphql.batching=false")
@AutoConfigureHttpGraphQlTester
@Import(RoundTripTests.CountCommands.class)
class UnbatchedRoundTripTests {

	@Autowired
	HttpGraphQlTester tester;

	@Autowired
	RoundTripTests.CommandCounter counter;

	@Test
	void withoutBatchingEveryActorCostsItsOwnQueries() {
		List<String> one = RoundTripTests.nestedActorsCommands(this.tester, this.counter, 1);
		List<String> fifty = RoundTripTests.nestedActorsCommands(this.tester, this.counter, 50);
		// the page, then a country and an article query per actor that has them
		assertThat(one).hasSize(3);
		assertThat(fifty.size()).isGreaterThan(50);
	}

}
