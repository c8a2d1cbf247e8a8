package org.diplograph.limits;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import graphql.introspection.IntrospectionQueryBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each abuse limit refuses a request over it with a BAD_REQUEST naming the limit, at its
 * default.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class LimitsTests {

	@Autowired
	HttpGraphQlTester tester;

	@LocalServerPort
	int port;

	@Test
	void tooDeepQueriesAreRefused() {
		String deep = "{ actor(id: \"actor:country-bd\") { country { country { country { country { country { country "
				+ "{ country { country { country { country { country { country { name } } } } } } } } } } } } } }";
		expectRefused(this.tester.document(deep).execute(), "diplograph.limits.max-depth");
	}

	@Test
	void graphiqlsIntrospectionQueryIsNotLimited() {
		// as deep as GraphiQL's own: type references nested ten levels
		String introspection = IntrospectionQueryBuilder
			.build(IntrospectionQueryBuilder.Options.defaultOptions().typeRefFragmentDepth(10));
		this.tester.document(introspection)
			.execute()
			.path("__schema.types[*].name")
			.entityList(String.class)
			.contains("Visit", "DefenceDeal", "SearchResult");
	}

	@Test
	void tooManyAliasesAreRefused() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 31; i++) {
			query.append(" a").append(i).append(": actor(id: \"actor:country-bd\") { name }");
		}
		expectRefused(this.tester.document(query.append(" }").toString()).execute(), "31 aliases; at most 30");
	}

	@Test
	void fanOutBombsAreRefusedButOrdinaryNestingIsNot() {
		// the network of every actor every article names, and the articles behind each
		// link
		String bomb = "{ articles(first: 100) { edges { node { mentions { actor { network(depth: 2) { edges "
				+ "{ articles { mentions { actor { name } } } } } } } } } } }";
		expectRefused(this.tester.document(bomb).execute(), "diplograph.limits.max-complexity");
		// deep, but the data holds few visits per actor: the cost follows the data, not
		// the depth
		this.tester
			.document("{ articles(first: 100) { edges { node { actors { visits { visitors { visits { visitors "
					+ "{ visits { id } } } } } } } } } }")
			.execute()
			.path("articles.edges")
			.entityList(Object.class)
			.hasSize(5);
		this.tester.document("{ articles { edges { node { actors { visits { sources { article { title } } } } } } } }")
			.execute()
			.path("articles.edges")
			.entityList(Object.class)
			.hasSize(5);
	}

	@Test
	void tooManyTokensAreRefused() {
		String manyFields = "{ actors { edges { node {" + " id".repeat(3100) + " } } } }";
		expectRefused(this.tester.document(manyFields).execute(), "diplograph.limits.max-tokens");
	}

	@Test
	void tooLongDocumentsAreRefused() {
		String padded = "{ actors { totalCount } }" + " ".repeat(20_000);
		expectRefused(this.tester.document(padded).execute(), "diplograph.limits.max-document-length");
	}

	@Test
	void tooLargeBodiesAreRefusedWith413() throws Exception {
		String body = "{\"query\":\"{ actors { totalCount } }\",\"variables\":{\"pad\":\"" + "x".repeat(100_001)
				+ "\"}}";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("BAD_REQUEST", "diplograph.limits.max-body-size");
	}

	private static void expectRefused(GraphQlTester.Response response, String messagePart) {
		response.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& error.getMessage().contains(messagePart))
			.verify();
	}

}
