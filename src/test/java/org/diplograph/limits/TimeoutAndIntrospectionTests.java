package org.diplograph.limits;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The request timeout and the introspection switch, set here to their strictest. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "diplograph.limits.request-timeout=1ms", "spring.graphql.schema.introspection.enabled=false" })
@AutoConfigureHttpGraphQlTester
class TimeoutAndIntrospectionTests {

	@Autowired
	HttpGraphQlTester tester;

	@AfterAll
	static void restoreIntrospection() {
		// Boot switches introspection off for the whole JVM; later tests in this JVM need
		// it
		Introspection.enabledJvmWide(true);
	}

	@Test
	void requestsRunningPastTheTimeoutAreStoppedWithABadRequest() {
		this.tester.document("{ articles(first: 5) { edges { node { actors { visits { summary } } } } } }")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& error.getMessage().contains("diplograph.limits.request-timeout"))
			.verify();
	}

	@Test
	void introspectionCanBeSwitchedOff() {
		this.tester.document("{ __schema { types { name } } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("Introspection has been disabled"))
			.verify();
	}

}
