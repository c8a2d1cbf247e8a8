package org.diplograph.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validation and variable errors read as a user reads them: the value given in GraphQL or
 * JSON, what is expected in words, the values of an enum, names close to a misspelt one;
 * never a Java class or a graphql-java object.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ReadableErrorsTests {

	private static final Pattern JAVA = Pattern
		.compile("LinkedHashMap|HashMap|ArrayList|'Double'|'Integer'|'Map'|\\w+Value\\{|java\\.|Variables for input");

	@Autowired
	HttpGraphQlTester tester;

	@Test
	void anEnumValueThatDoesNotExistIsNamedWithTheValuesThatDo() {
		assertThat(message("{ visits(filter: {status: DONE}) { totalCount } }", Map.of()))
			.isEqualTo("visits(filter.status): DONE is not a VisitStatus; use COMPLETED or PLANNED.");
		assertThat(
				message("query($s: VisitStatus) { visits(filter: {status: $s}) { totalCount } }", Map.of("s", "DONE")))
			.isEqualTo("Variable $s (\"DONE\") does not fit its type VisitStatus: DONE is not a VisitStatus; "
					+ "use COMPLETED or PLANNED.");
		assertThat(message("{ visits(orderBy: \"DATE_ASC\") { totalCount } }", Map.of()))
			.isEqualTo("visits(orderBy): \"DATE_ASC\" is text, not a DateOrder; write one of its values without "
					+ "quotes: DATE_ASC or DATE_DESC.");
	}

	@Test
	void aValueOfTheWrongTypeIsShownAsItWasWritten() {
		assertThat(message("{ visits(first: 1.5) { totalCount } }", Map.of()))
			.startsWith("visits(first): 1.5 is not an Int; give a whole number");
		assertThat(message("{ articles(filter: {mentions: [\"BD\", 7]}) { totalCount } }", Map.of()))
			.isEqualTo("articles(filter.mentions[1]): 7 is not a String; give text in double quotes.");
		assertThat(message("{ actor(id: true) { id } }", Map.of()))
			.isEqualTo("actor(id): true is not an ID; give an ID in double quotes, such as \"actor:haluk-gorgun\".");
		assertThat(message("query($f: Int) { visits(first: $f) { totalCount } }", Map.of("f", Map.of("a", 1))))
			.startsWith("Variable $f ({\"a\":1}) does not fit its type Int: an object was given where an Int is "
					+ "expected");
		assertThat(message("query($f: VisitFilter) { visits(filter: $f) { totalCount } }",
				Map.of("f", List.of(Map.of("status", "PLANNED")))))
			.isEqualTo("Variable $f ([{\"status\":\"PLANNED\"}]) does not fit its type VisitFilter: a list was "
					+ "given where an object is expected; give its fields as a JSON object.");
	}

	@Test
	void misspeltNamesGetSuggestions() {
		assertThat(message("{ actor(id: \"actor:country-bd\") { nmae } }", Map.of()))
			.endsWith("Field 'nmae' in type 'Actor' is undefined. Did you mean name?");
		assertThat(message("{ actor(id: \"actor:country-bd\") { network(dept: 1) { nodes { id } } } }", Map.of()))
			.endsWith("Unknown field argument 'dept'. Did you mean depth?");
		assertThat(message("{ visits(filter: {stauts: PLANNED}) { totalCount } }", Map.of()))
			.isEqualTo("visits(filter): VisitFilter has no field stauts; did you mean status?");
		assertThat(message("query($f: VisitFilter) { visits(filter: $f) { totalCount } }",
				Map.of("f", Map.of("hostCountyr", "BD"))))
			.isEqualTo("Variables: VisitFilter has no field hostCountyr; did you mean hostCountry?");
	}

	@Test
	void noMessageCarriesJavaNames() {
		List<Object[]> requests = List.of(
				new Object[] { "query($f: Int) { visits(first: $f) { totalCount } }", Map.of("f", List.of(1, 2)) },
				new Object[] { "query($f: Int) { visits(first: $f) { totalCount } }", Map.of("f", 99_999_999_999L) },
				new Object[] { "query($f: Int) { visits(first: $f) { totalCount } }", Map.of("f", "12") },
				new Object[] { "query($s: String!) { actorByName(name: $s) { id } }", Map.of("s", List.of("a")) },
				new Object[] { "query($s: String!) { actorByName(name: $s) { id } }", Map.of() },
				new Object[] { "query($m: [String!]) { articles(filter: {mentions: $m}) { totalCount } }",
						Map.of("m", List.of(1, Map.of("a", 2))) },
				new Object[] { "query($f: VisitFilter) { visits(filter: $f) { totalCount } }", Map.of("f", "x") },
				new Object[] { "query($g: Granularity) { timeline(granularity: $g) { count } }", Map.of("g", 1) },
				new Object[] { "{ articles(filter: {mentions: {a: 1}}) { totalCount } }", Map.of() },
				new Object[] { "{ visits(filter: 3) { totalCount } }", Map.of() },
				new Object[] { "{ actor(id: null) { id } }", Map.of() },
				new Object[] { "{ search(query: \"x\", types: [NOPE]) { totalCount } }", Map.of() },
				new Object[] { "{ visits(first: \"x\") { totalCount } }", Map.of() });
		for (Object[] request : requests) {
			@SuppressWarnings("unchecked")
			Map<String, Object> variables = (Map<String, Object>) request[1];
			List<ResponseError> errors = errors((String) request[0], variables);
			assertThat(errors).as("errors of %s", request[0]).isNotEmpty();
			assertThat(errors)
				.allSatisfy((error) -> assertThat(error.getMessage()).as("message for %s %s", request[0], variables)
					.doesNotContainPattern(JAVA));
		}
	}

	private String message(String document, Map<String, Object> variables) {
		List<ResponseError> errors = errors(document, variables);
		assertThat(errors).as("errors of %s", document).hasSize(1);
		return errors.get(0).getMessage();
	}

	private List<ResponseError> errors(String document, Map<String, Object> variables) {
		HttpGraphQlTester.Request<?> request = this.tester.document(document);
		variables.forEach(request::variable);
		AtomicReference<List<ResponseError>> errors = new AtomicReference<>();
		request.execute().errors().satisfy(errors::set);
		return errors.get();
	}

}
