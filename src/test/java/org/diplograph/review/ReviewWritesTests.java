package org.diplograph.review;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.Errors;
import org.diplograph.ImportedArticles;
import org.diplograph.ImportedArticles.Imported;
import org.diplograph.WritesContext;
import org.diplograph.security.TestJwts;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewing imported articles over HTTP, as an analyst would: accepting a visit creates
 * it, and the visitor nobody knew, and every read shows them at once; corrections apply
 * before; merging adds evidence or an alias; a decided candidate is a CONFLICT until an
 * administrator reopens it; the queue filters and pages.
 */
class ReviewWritesTests extends WritesContext {

	@Test
	void acceptingAVisitCreatesItAndItsNewVisitorAndEveryReadShowsThem() {
		Imported imported = ImportedArticles.importText(local(), ImportedArticles.arrival("Oren Qasimi", "Dhaka"),
				"2026-02-11");
		String visitor = imported.first("ActorCandidate");
		this.tester.document("""
				query($id: ID!) { node(id: $id) { ... on Candidate { article { id } newActors { id name } }
				  ... on VisitCandidate { newVisitors { id } visitors { id } } } }""")
			.variable("id", imported.first("VisitCandidate"))
			.execute()
			.path("node.article.id")
			.entity(String.class)
			.isEqualTo(imported.articleId())
			.path("node.newActors[*].id")
			.entityList(String.class)
			.containsExactly(visitor)
			.path("node.newVisitors[*].id")
			.entityList(String.class)
			.containsExactly(visitor)
			.path("node.visitors")
			.entityList(Object.class)
			.hasSize(0);
		GraphQlTester.Response accepted = as(TestJwts.editor("ana")).documentName("acceptCandidate")
			.variable("input", Map.of("id", imported.first("VisitCandidate"), "note", "confirmed by the ministry"))
			.execute();
		String id = accepted.path("acceptCandidate.result.id").entity(String.class).get();
		assertThat(id).isEqualTo("visit:2026-02-oren-qasimi-dhaka");
		accepted.path("acceptCandidate.candidate.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED")
			.path("acceptCandidate.candidate.decidedBy")
			.entity(String.class)
			.isEqualTo("ana")
			.path("acceptCandidate.result.visitors[*].name")
			.entityList(String.class)
			.containsExactly("Oren Qasimi")
			.path("acceptCandidate.result.fromCountry.id")
			.entity(String.class)
			.isEqualTo("actor:country-pk")
			.path("acceptCandidate.result.hostCountry.id")
			.entity(String.class)
			.isEqualTo("actor:country-bd")
			.path("acceptCandidate.result.date.iso")
			.entity(String.class)
			.isEqualTo("2026-02-09")
			.path("acceptCandidate.result.sources[0].article.id")
			.entity(String.class)
			.isEqualTo(imported.articleId())
			.path("acceptCandidate.result.sources[0].quote")
			.entity(String.class)
			.satisfies((quote) -> assertThat(quote).startsWith("Brigadier Oren Qasimi").endsWith("naval training."));

		GraphQlTester.Response actor = this.tester.document("""
				query($id: ID!) { node(id: $id) { ... on ActorCandidate { status
				  actor: result { id name kind country { id } articles { id } history { action by } } } } }""")
			.variable("id", visitor)
			.execute();
		actor.path("node.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED")
			.path("node.actor.id")
			.entity(String.class)
			.isEqualTo("actor:oren-qasimi")
			.path("node.actor.kind")
			.entity(String.class)
			.isEqualTo("PERSON")
			.path("node.actor.country.id")
			.entity(String.class)
			.isEqualTo("actor:country-pk")
			.path("node.actor.articles[*].id")
			.entityList(String.class)
			.containsExactly(imported.articleId())
			.path("node.actor.history[*].action")
			.entityList(String.class)
			.containsExactly("ACCEPT");

		GraphQlTester.Response everywhere = this.tester.document("""
				{ visits(filter: {visitor: "Oren Qasimi"}) { edges { node { id } } }
				  search(query: "Qasimi") { edges { node { item { ... on Visit { id } ... on Actor { id } } } } }
				  relationship(a: "Oren Qasimi", b: "Bangladesh") { visits { id } firstContact { iso } }
				  timeline(involves: "Oren Qasimi", granularity: MONTH) { period { iso } visits { id } }
				  actor(id: "actor:oren-qasimi") { network { edges { target { id } visits { id } } } }
				  visit(id: "%s") { history { action by revision note } } }
				""".formatted(id)).execute();
		everywhere.path("visits.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(id)
			.path("search.edges[*].node.item.id")
			.entityList(String.class)
			.contains(id, "actor:oren-qasimi")
			.path("relationship.visits[*].id")
			.entityList(String.class)
			.containsExactly(id)
			.path("relationship.firstContact.iso")
			.entity(String.class)
			.isEqualTo("2026-02-09")
			.path("timeline[*].period.iso")
			.entityList(String.class)
			.containsExactly("2026-02")
			.path("timeline[0].visits[*].id")
			.entityList(String.class)
			.containsExactly(id)
			.path("actor.network.edges[?(@.target.id == 'actor:country-bd')].visits[*].id")
			.entityList(String.class)
			.contains(id)
			.path("visit.history[*].action")
			.entityList(String.class)
			.containsExactly("ACCEPT")
			.path("visit.history[0].by")
			.entity(String.class)
			.isEqualTo("ana")
			.path("visit.history[0].note")
			.entity(String.class)
			.isEqualTo("confirmed by the ministry");
		this.tester.document("query($id: ID!) { article(id: $id) { candidates(status: PENDING) { id } } }")
			.variable("id", imported.articleId())
			.execute()
			.path("article.candidates")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void acceptingACallCreatesAnEngagement() {
		Imported imported = ImportedArticles.importText(local(),
				"Shahbaz Sharif spoke by telephone with Muhammad Yunus on Friday about the monsoon floods.\n",
				"2026-02-11");
		GraphQlTester.Response accepted = local().documentName("acceptCandidate")
			.variable("input", Map.of("id", imported.first("EngagementCandidate")))
			.execute();
		String id = accepted.path("acceptCandidate.result.id").entity(String.class).get();
		assertThat(id).startsWith("engagement:2026-02-");
		this.tester.document("""
				{ engagements(filter: {involves: "Yunus", from: "2026-02"}) { edges { node { id kind summary
				    date { iso } participants { id } countries { id } sources { article { id } } } } } }""")
			.execute()
			.path("engagements.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(id)
			.path("engagements.edges[0].node.kind")
			.entity(String.class)
			.isEqualTo("PHONE_CALL")
			.path("engagements.edges[0].node.date.iso")
			.entity(String.class)
			.isEqualTo("2026-02-06")
			.path("engagements.edges[0].node.countries[*].id")
			.entityList(String.class)
			.satisfies((found) -> assertThat(found).containsExactlyInAnyOrder("actor:country-pk", "actor:country-bd"))
			.path("engagements.edges[0].node.sources[0].article.id")
			.entity(String.class)
			.isEqualTo(imported.articleId());
	}

	@Test
	void correctionsApplyBeforeTheFactIsCreatedAndMisdirectedOnesAreRefused() {
		Imported imported = ImportedArticles.importText(local(), """
				Air Chief Marshal Kamran Idris Lodhi, who commands Pakistan's air force, arrived in Dhaka on Tuesday \
				for a two-day visit and met Bangladesh Army chief Waker-uz-Zaman to discuss pilot training.
				""", "2026-02-11");
		String visit = imported.first("VisitCandidate");
		Errors.expect(local().documentName("acceptCandidate").variable("input", Map.of("id", visit)).execute(),
				"BAD_REQUEST", "input.edits.visit.fromCountry is required");
		Errors.expect(local().documentName("acceptCandidate")
			.variable("input", Map.of("id", visit, "edits", Map.of("deal", Map.of("title", "No deal"))))
			.execute(), "BAD_REQUEST", "input.edits.deal", "proposes a visit", "input.edits.visit");
		Errors.expect(local().documentName("acceptCandidate")
			.variable("input", Map.of("id", visit, "edits", Map.of("visit", Map.of("fromCountry", "Nowhere Land"))))
			.execute(), "BAD_REQUEST", "input.edits.visit.fromCountry", "Nowhere Land");

		GraphQlTester.Response accepted = local().documentName("acceptCandidate")
			.variable("input", Map.of("id", visit, "edits",
					Map.of("visit",
							Map.of("fromCountry", "PK", "purpose", "pilot training", "place", "Dhaka cantonment"))))
			.execute();
		accepted.path("acceptCandidate.result.fromCountry.id")
			.entity(String.class)
			.isEqualTo("actor:country-pk")
			.path("acceptCandidate.result.place")
			.entity(String.class)
			.isEqualTo("Dhaka cantonment")
			.path("acceptCandidate.result.durationDays")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("acceptCandidate.result.date.iso")
			.entity(String.class)
			.isEqualTo("2026-02-10")
			.path("acceptCandidate.result.visitors[*].name")
			.entityList(String.class)
			.containsExactly("Kamran Idris Lodhi")
			.path("acceptCandidate.result.metWith[*].id")
			.entityList(String.class)
			.containsExactly("actor:waker-uz-zaman");
	}

	@Test
	void mergingAddsEvidenceOrAnAliasAndChangesNothingElse() {
		String person = local().documentName("createActor")
			.variable("input", Map.of("name", "Leyla Özkaraman-Demir", "kind", "PERSON", "country", "TR"))
			.execute()
			.path("createActor.actor.id")
			.entity(String.class)
			.get();
		Imported imported = ImportedArticles.importText(local(), """
				Haluk Görgün arrived in Chattogram on Thursday for talks on a shipbuilding partnership and \
				met Bangladesh Navy officers.

				He was accompanied by Leyla Ozkaraman, who leads the agency's naval projects.
				""", "2025-07-26");
		String visit = imported.first("VisitCandidate");
		String known = local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input",
					Map.of("summary", "Görgün tours a shipyard in Chattogram", "visitors", List.of("Gorgun"),
							"fromCountry", "TR", "hostCountry", "BD", "place", "Chattogram", "date", "2025-07",
							"status", "COMPLETED", "sources",
							List.of(Map.of("article", "article:002_e51cdd4034850a5f", "start", 0, "end", 40))))
			.execute()
			.path("createVisit.visit.id")
			.entity(String.class)
			.get();
		GraphQlTester.Response before = this.tester
			.document("{ visit(id: \"" + known + "\") { revision summary date { iso } sources { start } } }")
			.execute();
		int revision = before.path("visit.revision").entity(Integer.class).get();
		int sources = before.path("visit.sources").entityList(Object.class).get().size();

		Errors.expect(local().documentName("mergeCandidate")
			.variable("input", Map.of("id", visit, "into", "deal:tulpar-light-tanks"))
			.execute(), "BAD_REQUEST", "input.into is deal:tulpar-light-tanks, not a visit");
		Errors.expect(local().documentName("mergeCandidate")
			.variable("input", Map.of("id", visit, "into", "visit:1999-01-nowhere"))
			.execute(), "NOT_FOUND", "visit:1999-01-nowhere");

		GraphQlTester.Response merged = local().documentName("mergeCandidate")
			.variable("input", Map.of("id", visit, "into", known))
			.execute();
		merged.path("mergeCandidate.candidate.status")
			.entity(String.class)
			.isEqualTo("MERGED")
			.path("mergeCandidate.result.id")
			.entity(String.class)
			.isEqualTo(known)
			.path("mergeCandidate.result.revision")
			.entity(Integer.class)
			.isEqualTo(revision + 1)
			.path("mergeCandidate.result.sources")
			.entityList(Object.class)
			.hasSize(sources + 1)
			.path("mergeCandidate.result.sources[" + sources + "].article.id")
			.entity(String.class)
			.isEqualTo(imported.articleId());
		this.tester.document("{ visit(id: \"" + known + "\") { summary date { iso } history { action } } }")
			.execute()
			.path("visit.summary")
			.entity(String.class)
			.isEqualTo(before.path("visit.summary").entity(String.class).get())
			.path("visit.date.iso")
			.entity(String.class)
			.isEqualTo(before.path("visit.date.iso").entity(String.class).get())
			.path("visit.history[*].action")
			.entityList(String.class)
			.contains("MERGE");

		String candidate = imported.first("ActorCandidate");
		Errors.expect(local().documentName("mergeCandidate")
			.variable("input", Map.of("id", candidate, "into", known))
			.execute(), "BAD_REQUEST", "not an actor");
		local().documentName("mergeCandidate")
			.variable("input", Map.of("id", candidate, "into", person))
			.execute()
			.path("mergeCandidate.result.aliases")
			.entityList(String.class)
			.containsExactly("Leyla Ozkaraman")
			.path("mergeCandidate.result.articles[*].id")
			.entityList(String.class)
			.containsExactly(imported.articleId());
	}

	@Test
	void aDecidedCandidateIsAConflictUntilAnAdministratorReopensIt() {
		Imported imported = ImportedArticles.importText(local(), ImportedArticles.arrival("Idris Veltani", "Sylhet"),
				"2026-02-11");
		String visit = imported.first("VisitCandidate");
		as(TestJwts.editor("ben")).documentName("rejectCandidate")
			.variable("input", Map.of("id", visit, "note", "a private trip"))
			.execute()
			.path("rejectCandidate.candidate.status")
			.entity(String.class)
			.isEqualTo("REJECTED")
			.path("rejectCandidate.candidate.note")
			.entity(String.class)
			.isEqualTo("a private trip");
		ResponseError conflict = Errors.expect(
				local().documentName("acceptCandidate").variable("input", Map.of("id", visit)).execute(), "CONFLICT",
				visit + " was REJECTED by ben", "only a PENDING candidate");
		assertThat(conflict.getExtensions().get("currentRevision")).isEqualTo(2);
		Errors.expect(local().documentName("rejectCandidate").variable("input", Map.of("id", visit)).execute(),
				"CONFLICT", "REJECTED by ben");
		Errors.expect(local().documentName("mergeCandidate")
			.variable("input", Map.of("id", visit, "into", "visit:2025-07-haluk-gorgun-dhaka"))
			.execute(), "CONFLICT", "REJECTED by ben");
		Errors.expect(as(TestJwts.editor("ben")).documentName("reopenCandidate").variable("id", visit).execute(),
				"FORBIDDEN", "diplograph:admin");

		as(TestJwts.admin("ada")).documentName("reopenCandidate")
			.variable("id", visit)
			.variable("note", "the trip was official after all")
			.execute()
			.path("reopenCandidate.candidate.status")
			.entity(String.class)
			.isEqualTo("PENDING")
			.path("reopenCandidate.candidate.decidedBy")
			.valueIsNull();
		Errors.expect(as(TestJwts.admin("ada")).documentName("reopenCandidate").variable("id", visit).execute(),
				"CONFLICT", "PENDING already");
		local().documentName("acceptCandidate")
			.variable("input", Map.of("id", visit))
			.execute()
			.path("acceptCandidate.candidate.status")
			.entity(String.class)
			.isEqualTo("ACCEPTED");
		this.tester.document("""
				query($id: ID!) { node(id: $id) { ... on VisitCandidate { visit: result {
				  history { action by } } } } }""")
			.variable("id", visit)
			.execute()
			.path("node.visit.history[*].action")
			.entityList(String.class)
			.containsExactly("ACCEPT");
		this.tester.document("{ changes(first: 100) { totalCount } }").execute().errors().verify();
	}

	@Test
	void theQueueFiltersAndPagesAndAnArticleListsItsOwn() {
		Imported imported = ImportedArticles.importText(local(), ImportedArticles.arrival("Yusuf Darkhani", "Khulna"),
				"2026-02-11");
		Map<String, Object> article = Map.of("article", imported.articleId());
		GraphQlTester.Response all = this.tester.documentName("candidates").variable("filter", article).execute();
		all.path("candidates.totalCount").entity(Integer.class).isEqualTo(2);
		List<Double> confidences = all.path("candidates.edges[*].node.confidence").entityList(Double.class).get();
		assertThat(confidences).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		this.tester.documentName("candidates")
			.variable("filter", Map.of("article", imported.articleId(), "type", "VISIT", "status", "PENDING"))
			.execute()
			.path("candidates.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(imported.first("VisitCandidate"));
		GraphQlTester.Response page = this.tester.documentName("candidates")
			.variable("filter", article)
			.variable("first", 1)
			.execute();
		page.path("candidates.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = page.path("candidates.pageInfo.endCursor").entity(String.class).get();
		this.tester.documentName("candidates")
			.variable("filter", article)
			.variable("first", 1)
			.variable("after", cursor)
			.execute()
			.path("candidates.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(all.path("candidates.edges[1].node.id").entity(String.class).get())
			.path("candidates.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(false);
		this.tester.document("query($id: ID!) { article(id: $id) { candidates { id } } }")
			.variable("id", imported.articleId())
			.execute()
			.path("article.candidates[*].id")
			.entityList(String.class)
			.containsExactly(imported.first("ActorCandidate"), imported.first("VisitCandidate"));
		Errors.expect(this.tester.documentName("candidates").variable("filter", Map.of("article", "visit:x")).execute(),
				"BAD_REQUEST", "filter.article");
		this.tester.document("{ article(id: \"article:002_e51cdd4034850a5f\") { origin url candidates { id } } }")
			.execute()
			.path("article.origin")
			.entity(String.class)
			.isEqualTo("SEED")
			.path("article.url")
			.valueIsNull()
			.path("article.candidates")
			.entityList(Object.class)
			.hasSize(0);
	}

}
