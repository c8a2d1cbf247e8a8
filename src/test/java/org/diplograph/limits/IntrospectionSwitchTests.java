package org.diplograph.limits;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Introspection stays on by default (GraphiQL needs it) and can be switched off; then
 * error messages no longer suggest names or list enum values either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.graphql.schema.introspection.enabled=false")
@AutoConfigureHttpGraphQlTester
@DirtiesContext
class IntrospectionSwitchTests {

	@Autowired
	HttpGraphQlTester tester;

	@AfterAll
	static void restoreIntrospection() {
		// Boot switches introspection off for the whole JVM; later tests in this JVM need
		// it
		Introspection.enabledJvmWide(true);
	}

	@Test
	void introspectionCanBeSwitchedOff() {
		this.tester.document("{ __schema { types { name } } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().contains("Introspection has been disabled"))
			.verify();
	}

	@Test
	void errorsRevealNoNamesWhileIntrospectionIsOff() {
		this.tester.document("{ actor(id: \"actor:country-bd\") { nmae } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().endsWith("Field 'nmae' in type 'Actor' is undefined"))
			.verify();
		this.tester.document("{ visits(filter: {status: DONE}) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().equals("visits(filter.status): DONE is not a VisitStatus."))
			.verify();
		this.tester.document("{ visits(filter: {stauts: PLANNED}) { totalCount } }")
			.execute()
			.errors()
			.expect((error) -> error.getMessage().equals("visits(filter): VisitFilter has no field stauts."))
			.verify();
	}

}
