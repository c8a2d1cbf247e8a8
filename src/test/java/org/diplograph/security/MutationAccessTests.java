package org.diplograph.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.diplograph.Errors;
import org.diplograph.WritesContext;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call each mutation: without a token UNAUTHORIZED, with a token lacking the
 * scope FORBIDDEN, both before anything is loaded; with the scope the mutation runs (here
 * on IDs that do not exist, so it changes nothing). And what an attacker's tokens get.
 */
class MutationAccessTests extends WritesContext {

	private static final String ARTICLE = "article:002_e51cdd4034850a5f";

	private static final String EVIDENCE = "{fact: \"visit:1999-01-nobody\", article: \"" + ARTICLE
			+ "\", start: 0, end: 5}";

	/** Each mutation, the scope it needs, and what it answers a token with that scope. */
	static Stream<Arguments> mutations() {
		return Stream.of(mutation("createActor(input: {}) { actor { id } }", "edit", "BAD_REQUEST"),
				mutation("updateActor(id: \"actor:nobody-at-all\", input: {}, expectedRevision: 1) { actor { id } }",
						"edit", "NOT_FOUND"),
				mutation(
						"mergeActors(keep: \"actor:nobody-at-all\", remove: \"actor:nobody-else\", expectedRevision: 1)"
								+ " { actor { id } }",
						"admin", "NOT_FOUND"),
				mutation("createVisit(input: {}) { visit { id } }", "edit", "BAD_REQUEST"),
				mutation("updateVisit(id: \"visit:1999-01-nobody\", input: {}, expectedRevision: 1) { visit { id } }",
						"edit", "NOT_FOUND"),
				mutation("deleteVisit(id: \"visit:1999-01-nobody\", expectedRevision: 1) { id }", "admin", "NOT_FOUND"),
				mutation("createDeal(input: {}) { deal { id } }", "edit", "BAD_REQUEST"),
				mutation("updateDeal(id: \"deal:nothing-at-all\", input: {}, expectedRevision: 1) { deal { id } }",
						"edit", "NOT_FOUND"),
				mutation("deleteDeal(id: \"deal:nothing-at-all\", expectedRevision: 1) { id }", "admin", "NOT_FOUND"),
				mutation("createEngagement(input: {}) { engagement { id } }", "edit", "BAD_REQUEST"),
				mutation("updateEngagement(id: \"engagement:1999-nothing\", input: {}, expectedRevision: 1)"
						+ " { engagement { id } }", "edit", "NOT_FOUND"),
				mutation("deleteEngagement(id: \"engagement:1999-nothing\", expectedRevision: 1) { id }", "admin",
						"NOT_FOUND"),
				mutation("addEvidence(input: " + EVIDENCE + ") { fact { id } }", "edit", "NOT_FOUND"),
				mutation("removeEvidence(input: " + EVIDENCE + ") { fact { id } }", "edit", "NOT_FOUND"),
				mutation("importArticle(input: {text: \"\"}) { created }", "edit", "BAD_REQUEST"),
				mutation("acceptCandidate(input: {id: \"candidate:nothing-at-all\"}) { candidate { id } }", "edit",
						"NOT_FOUND"),
				mutation("mergeCandidate(input: {id: \"candidate:nothing-at-all\", into: \"visit:1999-01-nobody\"})"
						+ " { candidate { id } }", "edit", "NOT_FOUND"),
				mutation("rejectCandidate(input: {id: \"candidate:nothing-at-all\"}) { candidate { id } }", "edit",
						"NOT_FOUND"),
				mutation("reopenCandidate(id: \"candidate:nothing-at-all\") { candidate { id } }", "admin",
						"NOT_FOUND"));
	}

	private static Arguments mutation(String field, String scope, String withScope) {
		return Arguments.of("mutation { " + field + " }", scope, withScope);
	}

	@ParameterizedTest
	@MethodSource("mutations")
	void withoutATokenEveryMutationIsUnauthorizedAndSaysWhatItNeeds(String mutation, String scope, String withScope) {
		Errors.expect(this.tester.document(mutation).execute(), "UNAUTHORIZED", "Authorization: Bearer",
				"diplograph:" + scope);
	}

	@ParameterizedTest
	@MethodSource("mutations")
	void aTokenWithoutTheScopeIsForbiddenNamingIt(String mutation, String scope, String withScope) {
		String token = scope.equals("admin") ? TestJwts.editor("eve") : TestJwts.withScope("eve", "openid profile");
		Errors.expect(as(token).document(mutation).execute(), "FORBIDDEN", "diplograph:" + scope, "eve");
	}

	@ParameterizedTest
	@MethodSource("mutations")
	void aTokenWithTheScopeRunsTheMutation(String mutation, String scope, String withScope) {
		String token = scope.equals("admin") ? TestJwts.admin("ada") : TestJwts.editor("ed");
		Errors.expect(as(token).document(mutation).execute(), withScope);
		Errors.expect(local().document(mutation).execute(), withScope);
		if (scope.equals("edit")) {
			// admin implies edit
			Errors.expect(as(TestJwts.admin("ada")).document(mutation).execute(), withScope);
		}
	}

	@Test
	void aRefusalSaysNothingOfWhetherTheObjectExists() {
		String existing = "mutation { updateVisit(id: \"visit:2025-07-haluk-gorgun-dhaka\", input: {place: \"X\"},"
				+ " expectedRevision: 1) { visit { id } } }";
		String missing = existing.replace("2025-07-haluk-gorgun-dhaka", "1999-01-nobody");
		String first = Errors.expect(this.tester.document(existing).execute(), "UNAUTHORIZED").getMessage();
		String second = Errors.expect(this.tester.document(missing).execute(), "UNAUTHORIZED").getMessage();
		assertThat(first).isEqualTo(second);
		String token = TestJwts.withScope("eve", "openid");
		assertThat(Errors.expect(as(token).document(existing).execute(), "FORBIDDEN").getMessage())
			.isEqualTo(Errors.expect(as(token).document(missing).execute(), "FORBIDDEN").getMessage());
	}

	@Test
	void readsNeedNoToken() {
		GraphQlTester.Response response = this.tester
			.document("{ visit(id: \"visit:2025-07-haluk-gorgun-dhaka\") {" + " revision visitors { name } } }")
			.execute();
		response.path("visit.revision").entity(Integer.class).isEqualTo(1);
		response.path("visit.visitors[0].name").entity(String.class).isEqualTo("Haluk Görgün");
	}

	@Test
	void aForgedExpiredOrUnsignedTokenIsRefusedWith401() throws Exception {
		for (String token : List.of(TestJwts.signedByAnotherKey("mallory"), TestJwts.expired("mallory"),
				TestJwts.unsigned("mallory"), "not.a.jwt", "local")) {
			HttpResponse<String> response = post("{\"query\":\"{ __typename }\"}", token);
			assertThat(response.statusCode()).as(token).isEqualTo(401);
			assertThat(response.headers().firstValue("WWW-Authenticate")).get()
				.asString()
				.startsWith("Bearer")
				.contains("invalid_token");
			assertThat(response.body()).contains("\"classification\":\"UNAUTHORIZED\"", "Authorization: Bearer")
				.doesNotContain("mallory", "Exception");
		}
	}

	@Test
	void aTokenInTheUrlIsRefused() throws Exception {
		String query = URLEncoder.encode("{ __typename }", StandardCharsets.UTF_8);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql?query=" + query
					+ "&access_token=" + TestJwts.LOCAL_TOKEN))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"", "Authorization: Bearer");
	}

	@Test
	void aMutationOverGetIsRefused() throws Exception {
		String query = URLEncoder.encode("mutation { deleteVisit(id: \"visit:x\", expectedRevision: 1) { id } }",
				StandardCharsets.UTF_8);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql?query=" + query))
				.header("Authorization", "Bearer " + TestJwts.LOCAL_TOKEN)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
	}

	@Test
	void theAuthorIsTheSubjectWhenTheTokenHasNoUserName() {
		GraphQlTester.Response created = as(TestJwts.subjectOnly("service-7", "diplograph:edit")).document("""
				mutation { createActor(input: {name: "Ortolan Vesky", kind: PERSON, country: "BD"}) {
				  actor { id history { by action } } } }""").execute();
		created.path("createActor.actor.id").entity(String.class).isEqualTo("actor:ortolan-vesky");
		created.path("createActor.actor.history[0].by").entity(String.class).isEqualTo("service-7");
	}

	private HttpResponse<String> post(String body, String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + token)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
