package org.diplograph.limits;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The request timeout, set here to its strictest. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "diplograph.limits.request-timeout=1ms")
@AutoConfigureHttpGraphQlTester
class TimeoutTests {

	@Autowired
	HttpGraphQlTester tester;

	@Test
	void requestsRunningPastTheTimeoutAreStoppedWithABadRequest() {
		this.tester.document("{ articles(first: 5) { edges { node { actors { visits { summary } } } } } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& error.getMessage().contains("diplograph.limits.request-timeout"))
			.verify();
	}

}
