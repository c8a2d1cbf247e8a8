package org.diplograph;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mistakes a front-end developer makes in the first hour, answered over HTTP with a
 * BAD_REQUEST that says what to change instead of a silently wrong answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class HelpfulErrorsTests {

	@Autowired
	private HttpGraphQlTester tester;

	@Test
	void anIdWithAnUnknownPrefixIsABadRequestNotNull() {
		this.tester.document("{ node(id: \"bogus:1\") { id } }").execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("'bogus:1' is not an ID of this API", "actor:");
			});
		});
		this.tester.document("{ node(id: \"actor:nobody\") { id } }").execute().path("node").valueIsNull();
	}

	@Test
	void aDateRangeThatEndsBeforeItStartsIsABadRequest() {
		this.tester.document("{ visits(filter: {from: \"2025-08\", to: \"2025-01\"}) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo(
						"filter.from (2025-08) is after filter.to (2025-01); give a range whose start is not after its end.");
			}));
		this.tester
			.document("{ articles(filter: {publishedFrom: \"2025-07-02\", publishedTo: \"2025-07-01\"}) "
					+ "{ totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage())
					.startsWith("filter.publishedFrom (2025-07-02) is after filter.publishedTo (2025-07-01)")));
		// a range inside one period is fine: from 2025-08 to 2025 is August to December
		this.tester.document("{ visits(filter: {from: \"2025-08\", to: \"2025\"}) { totalCount } }")
			.execute()
			.path("visits.totalCount")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isPositive());
	}

}
