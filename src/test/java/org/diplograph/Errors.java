package org.diplograph;

import java.util.List;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the one error a response carries: its classification and what it says. */
public final class Errors {

	private Errors() {
	}

	/**
	 * The response failed with one error of this classification naming every fragment.
	 */
	public static ResponseError expect(GraphQlTester.Response response, String classification, String... fragments) {
		ResponseError[] found = new ResponseError[1];
		response.errors().satisfy((errors) -> {
			assertThat(errors).as("errors").hasSize(1);
			found[0] = errors.get(0);
		});
		ResponseError error = found[0];
		assertThat(error.getExtensions().get("classification")).as(error.getMessage()).isEqualTo(classification);
		if (fragments.length > 0) {
			assertThat(error.getMessage()).contains(List.of(fragments));
		}
		assertThat(error.getMessage()).doesNotContain("Exception", "org.diplograph", "mongo");
		return error;
	}

}
