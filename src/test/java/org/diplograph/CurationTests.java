package org.diplograph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curating the knowledge base over HTTP, as an analyst would: facts and actors created,
 * changed, merged and deleted, every change checked, attributed, kept in the history and
 * the feed, and shown at once by every read (lists, reverse links, search, network).
 */
class CurationTests extends WritesContext {

	static final String ARTICLE_002 = "article:002_e51cdd4034850a5f";

	static final String ARTICLE_003 = "article:003_002019fea3fe7ae5";

	static Map<String, Object> range(String article, int start, int end) {
		return Map.of("article", article, "start", start, "end", end);
	}

	static Map<String, Object> plannedVisit(String summary, String visitor, String place) {
		return Map.of("summary", summary, "visitors", List.of(visitor), "fromCountry", "TR", "hostCountry",
				"Bangladesh", "place", place, "date", "2026-03", "status", "PLANNED", "sources",
				List.of(range(ARTICLE_002, 10, 60)));
	}

	@Test
	void createdVisitHasItsFirstRevisionEvidenceQuotingTheBodyAndShowsEverywhere() {
		GraphQlTester.Response created = local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", plannedVisit("Görgün returns to Dhaka for a shipyard tour", "Gorgun", "Chattogram"))
			.variable("note", "announced in the press")
			.execute();
		String id = created.path("createVisit.visit.id").entity(String.class).get();
		assertThat(id).isEqualTo("visit:2026-03-haluk-gorgun-chattogram");
		created.path("createVisit.visit.revision").entity(Integer.class).isEqualTo(1);
		created.path("createVisit.visit.visitors[0].name").entity(String.class).isEqualTo("Haluk Görgün");
		created.path("createVisit.visit.hostCountry.id").entity(String.class).isEqualTo("actor:country-bd");
		created.path("createVisit.visit.date.precision").entity(String.class).isEqualTo("MONTH");
		String body = this.tester.document("{ article(id: \"" + ARTICLE_002 + "\") { body } }")
			.execute()
			.path("article.body")
			.entity(String.class)
			.get();
		created.path("createVisit.visit.sources[0].quote").entity(String.class).isEqualTo(body.substring(10, 60));

		GraphQlTester.Response everywhere = this.tester.document("""
				{ visits(filter: {visitor: "Gorgun", from: "2026"}) { edges { node { id } } }
				  actor(id: "actor:haluk-gorgun") { visits(role: VISITOR) { id } }
				  article(id: "%s") { visits { id } }
				  search(query: "shipyard tour", types: [VISIT]) { edges { node { item { ... on Visit { id } } } } }
				  timeline(involves: "Gorgun", from: "2026-03", to: "2026-03") { visits { id } } }
				""".formatted(ARTICLE_002)).execute();
		everywhere.path("visits.edges[*].node.id").entityList(String.class).containsExactly(id);
		everywhere.path("actor.visits[*].id").entityList(String.class).contains(id);
		everywhere.path("article.visits[*].id").entityList(String.class).contains(id);
		everywhere.path("search.edges[*].node.item.id").entityList(String.class).containsExactly(id);
		everywhere.path("timeline[*].visits[*].id").entityList(String.class).containsExactly(id);
		this.tester.document("""
				{ actor(id: "actor:haluk-gorgun") { network { edges { target { id } visits { id } } } } }""")
			.execute()
			.path("actor.network.edges[?(@.target.id == 'actor:country-bd')].visits[*].id")
			.entityList(String.class)
			.contains(id);

		GraphQlTester.Response history = this.tester
			.document(
					"{ visit(id: \"" + id + "\") { history { id at by action revision fields note subject { id } } } }")
			.execute();
		history.path("visit.history[0].action").entity(String.class).isEqualTo("CREATE");
		history.path("visit.history[0].by").entity(String.class).isEqualTo("local");
		history.path("visit.history[0].revision").entity(Integer.class).isEqualTo(1);
		history.path("visit.history[0].note").entity(String.class).isEqualTo("announced in the press");
		history.path("visit.history[0].subject.id").entity(String.class).isEqualTo(id);
		history.path("visit.history[0].fields")
			.entityList(String.class)
			.contains("summary", "visitors", "fromCountry", "hostCountry", "place", "date", "status", "sources")
			.doesNotContain("metWith", "purpose", "durationDays");
	}

	@Test
	void updateChangesOnlyWhatIsGivenClearsNullsAndRefusesAStaleRevision() {
		String id = local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", plannedVisit("Görgün to tour a naval dockyard", "Gorgun", "Khulna"))
			.execute()
			.path("createVisit.visit.id")
			.entity(String.class)
			.get();
		GraphQlTester.Response updated = as(org.diplograph.security.TestJwts.editor("alice"))
			.documentName("visitWrites")
			.operationName("updateVisit")
			.variable("id", id)
			.variable("input", Map.of("place", "Mongla", "durationDays", 3, "status", "COMPLETED"))
			.variable("expectedRevision", 1)
			.execute();
		updated.path("updateVisit.visit.revision").entity(Integer.class).isEqualTo(2);
		updated.path("updateVisit.visit.place").entity(String.class).isEqualTo("Mongla");
		updated.path("updateVisit.visit.summary").entity(String.class).isEqualTo("Görgün to tour a naval dockyard");
		updated.path("updateVisit.visit.durationDays").entity(Integer.class).isEqualTo(3);

		java.util.HashMap<String, Object> clearing = new java.util.HashMap<>();
		clearing.put("durationDays", null);
		local().documentName("visitWrites")
			.operationName("updateVisit")
			.variable("id", id)
			.variable("input", clearing)
			.variable("expectedRevision", 2)
			.execute()
			.path("updateVisit.visit.durationDays")
			.valueIsNull();

		ResponseError conflict = Errors.expect(local().documentName("visitWrites")
			.operationName("updateVisit")
			.variable("id", id)
			.variable("input", Map.of("place", "Dhaka"))
			.variable("expectedRevision", 2)
			.execute(), "CONFLICT", id, "revision 3", "not 2");
		assertThat(conflict.getExtensions().get("currentRevision")).isEqualTo(3);
		this.tester.document("{ visit(id: \"" + id + "\") { place revision history { by action revision fields } } }")
			.execute()
			.path("visit.place")
			.entity(String.class)
			.isEqualTo("Mongla")
			.path("visit.history[1].by")
			.entity(String.class)
			.isEqualTo("alice")
			.path("visit.history[1].fields")
			.entityList(String.class)
			.satisfies((fields) -> assertThat(fields).containsExactlyInAnyOrder("place", "durationDays", "status"))
			.path("visit.history[2].fields")
			.entityList(String.class)
			.containsExactly("durationDays");
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		Map<String, Object> valid = plannedVisit("A visit to refuse", "Gorgun", "Sylhet");
		Errors.expect(local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", without(valid, "summary"))
			.execute(), "BAD_REQUEST", "input.summary is required");
		Errors.expect(local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", with(valid, "date", "2026-13"))
			.execute(), "BAD_REQUEST", "input.date", "month 13");
		Errors.expect(local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", with(valid, "visitors", List.of("Gorgun", "Nobody Atall")))
			.execute(), "BAD_REQUEST", "input.visitors[1]", "Nobody Atall");
		Errors.expect(local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", with(valid, "hostCountry", "Gorgun"))
			.execute(), "BAD_REQUEST", "input.hostCountry", "not a country");
		Errors.expect(local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", with(valid, "sources", List.of(range(ARTICLE_002, 50, 10_000_000))))
			.execute(), "BAD_REQUEST", "input.sources[0]", "not within the body");
		Errors.expect(local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", with(valid, "sources", List.of(range("article:none", 0, 5))))
			.execute(), "BAD_REQUEST", "input.sources[0].article", "article:none");
		Errors.expect(local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", with(valid, "sources", List.of()))
			.execute(), "BAD_REQUEST", "input.sources is empty");
		Errors.expect(local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", with(valid, "summary", "x".repeat(2_001)))
			.execute(), "BAD_REQUEST", "input.summary", "at most 2000");
		Errors.expect(local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", with(valid, "metWith", java.util.Collections.nCopies(51, "Yunus")))
			.execute(), "BAD_REQUEST", "input.metWith", "at most 50");
		Errors.expect(local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input", with(valid, "summary", "bell\u0007"))
			.execute(), "BAD_REQUEST", "input.summary", "control character");
		java.util.HashMap<String, Object> nullSummary = new java.util.HashMap<>();
		nullSummary.put("summary", null);
		Errors.expect(local().documentName("visitWrites")
			.operationName("updateVisit")
			.variable("id", "visit:2025-07-haluk-gorgun-dhaka")
			.variable("input", nullSummary)
			.variable("expectedRevision", 1)
			.execute(), "BAD_REQUEST", "input.summary cannot be null");
		Errors.expect(local().documentName("visitWrites")
			.operationName("updateVisit")
			.variable("id", "visit:1999-01-nobody")
			.variable("input", Map.of("place", "Dhaka"))
			.variable("expectedRevision", 1)
			.execute(), "NOT_FOUND", "visit:1999-01-nobody");
		this.tester.document("{ visits(filter: {from: \"2026\"}) { edges { node { summary } } } }")
			.execute()
			.path("visits.edges[*].node.summary")
			.entityList(String.class)
			.doesNotContain("A visit to refuse");
	}

	@Test
	void aRequestHoldsAFewMutationsAtMost() {
		StringBuilder document = new StringBuilder("mutation {");
		for (int i = 0; i < 26; i++) {
			document.append(" a")
				.append(i)
				.append(": createActor(input: {name: \"Many ")
				.append(i)
				.append("\", kind: PERSON}) { actor { id } }");
		}
		Errors.expect(local().document(document.append(" }").toString()).execute(), "BAD_REQUEST", "estimated cost",
				"diplograph.limits.max-complexity");
		this.tester.document("{ actors(filter: {name: \"Many 1\"}) { totalCount } }")
			.execute()
			.path("actors.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
	}

}
