package org.diplograph;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
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

	@Test
	void aCursorPagesOnlyTheListOrderAndFilterThatReturnedIt() {
		String visitsToBangladesh = "query($after: String, $host: String, $order: DateOrder) { "
				+ "visits(filter: {hostCountry: $host}, orderBy: $order, first: 2, after: $after) "
				+ "{ pageInfo { endCursor } edges { node { id } } } }";
		String cursor = this.tester.document(visitsToBangladesh)
			.variable("host", "Bangladesh")
			.execute()
			.path("visits.pageInfo.endCursor")
			.entity(String.class)
			.get();
		// the same list, its actor named another way: the next page
		this.tester.document(visitsToBangladesh)
			.variable("host", "BD")
			.variable("after", cursor)
			.execute()
			.path("visits.edges")
			.entityList(Object.class)
			.hasSize(2);
		assertAnotherList(this.tester.document(visitsToBangladesh)
			.variable("host", "Pakistan")
			.variable("after", cursor)
			.execute(), "after");
		assertAnotherList(this.tester.document(visitsToBangladesh)
			.variable("host", "Bangladesh")
			.variable("order", "DATE_DESC")
			.variable("after", cursor)
			.execute(), "after");
		assertAnotherList(
				this.tester.document("query($before: String) { deals(last: 2, before: $before) { totalCount } }")
					.variable("before", cursor)
					.execute(),
				"before");
	}

	private static void assertAnotherList(GraphQlTester.Response response, String argument) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).startsWith(argument + " is a cursor of another list")
				.contains("leave " + argument + " out to start from the beginning");
		}));
	}

}
