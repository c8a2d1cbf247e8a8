package org.diplograph.engagement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.Errors;
import org.diplograph.WritesContext;
import org.diplograph.security.TestJwts;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curating engagements over HTTP as visits are curated: created, changed, deleted and
 * their sources edited, each checked, attributed, kept in the history and shown at once
 * by lists, reverse links, search, relationship, timeline and network.
 */
class EngagementWritesTests extends WritesContext {

	static final String ARTICLE_003 = "article:003_002019fea3fe7ae5";

	static Map<String, Object> range(int start, int end) {
		return Map.of("article", ARTICLE_003, "start", start, "end", end);
	}

	/** A call between the Turkish president and the Chief Adviser, in our own words. */
	static Map<String, Object> call(String summary, String date) {
		return Map.of("kind", "PHONE_CALL", "summary", summary, "participants",
				List.of("Recep Tayyip Erdogan", "Yunus"), "countries", List.of("TR", "Bangladesh"), "date", date,
				"status", "COMPLETED", "sources", List.of(range(20, 90)));
	}

	@Test
	void createdEngagementHasItsFirstRevisionEvidenceAndShowsEverywhere() {
		GraphQlTester.Response created = local().documentName("engagementWrites")
			.operationName("createEngagement")
			.variable("input", call("The two leaders speak about frigate maintenance by telephone", "2026-03-02"))
			.variable("note", "from a ministry readout")
			.execute();
		String id = created.path("createEngagement.engagement.id").entity(String.class).get();
		assertThat(id).isEqualTo("engagement:2026-03-recep-tayyip-erdogan-muhammad-yunus-phone-call");
		created.path("createEngagement.engagement.revision").entity(Integer.class).isEqualTo(1);
		created.path("createEngagement.engagement.participants[*].name")
			.entityList(String.class)
			.containsExactly("Recep Tayyip Erdoğan", "Muhammad Yunus");
		created.path("createEngagement.engagement.countries[*].id")
			.entityList(String.class)
			.containsExactly("actor:country-tr", "actor:country-bd");
		created.path("createEngagement.engagement.date.precision").entity(String.class).isEqualTo("DAY");
		String body = this.tester.document("{ article(id: \"" + ARTICLE_003 + "\") { body } }")
			.execute()
			.path("article.body")
			.entity(String.class)
			.get();
		created.path("createEngagement.engagement.sources[0].quote")
			.entity(String.class)
			.isEqualTo(body.substring(20, 90));

		GraphQlTester.Response everywhere = this.tester.document("""
				{ engagements(filter: {involves: "Yunus", from: "2026-03", to: "2026-03"}) { edges { node { id } } }
				  actor(id: "actor:recep-tayyip-erdogan") { engagements { id } }
				  article(id: "%s") { engagements { id } }
				  search(query: "frigate maintenance", types: [ENGAGEMENT]) {
				    edges { node { item { ... on Engagement { id } } } } }
				  relationship(a: "Recep Tayyip Erdogan", b: "Yunus") { engagements { id } }
				  timeline(involves: "Yunus", from: "2026-03", to: "2026-03") { engagements { id } }
				  engagement(id: "%s") { history { by action revision fields note subject { id } } } }
				""".formatted(ARTICLE_003, id)).execute();
		everywhere.path("engagements.edges[*].node.id").entityList(String.class).containsExactly(id);
		everywhere.path("actor.engagements[*].id").entityList(String.class).contains(id);
		everywhere.path("article.engagements[*].id").entityList(String.class).contains(id);
		everywhere.path("search.edges[*].node.item.id").entityList(String.class).containsExactly(id);
		everywhere.path("relationship.engagements[*].id").entityList(String.class).contains(id);
		everywhere.path("timeline[*].engagements[*].id").entityList(String.class).containsExactly(id);
		everywhere.path("engagement.history[0].action").entity(String.class).isEqualTo("CREATE");
		everywhere.path("engagement.history[0].by").entity(String.class).isEqualTo("local");
		everywhere.path("engagement.history[0].note").entity(String.class).isEqualTo("from a ministry readout");
		everywhere.path("engagement.history[0].subject.id").entity(String.class).isEqualTo(id);
		everywhere.path("engagement.history[0].fields")
			.entityList(String.class)
			.contains("kind", "summary", "participants", "countries", "date", "status", "sources");
		this.tester.document(
				"""
						{ actor(id: "actor:recep-tayyip-erdogan") { network { edges { target { id } engagements { id } } } } }""")
			.execute()
			.path("actor.network.edges[?(@.target.id == 'actor:muhammad-yunus')].engagements[*].id")
			.entityList(String.class)
			.contains(id);
	}

	@Test
	void updateChangesOnlyWhatIsGivenClearsNullsAndRefusesAStaleRevision() {
		String id = create(call("The leaders discuss a drone training school by telephone", "2026-04"));
		GraphQlTester.Response updated = as(TestJwts.editor("alice")).documentName("engagementWrites")
			.operationName("updateEngagement")
			.variable("id", id)
			.variable("input",
					Map.of("kind", "MEETING", "place", "Istanbul", "hostCountry", "TR", "occasion",
							"a defence industry fair", "date", "2026-04/2026-05"))
			.variable("expectedRevision", 1)
			.execute();
		updated.path("updateEngagement.engagement.revision").entity(Integer.class).isEqualTo(2);
		updated.path("updateEngagement.engagement.kind").entity(String.class).isEqualTo("MEETING");
		updated.path("updateEngagement.engagement.summary")
			.entity(String.class)
			.isEqualTo("The leaders discuss a drone training school by telephone");
		updated.path("updateEngagement.engagement.hostCountry.id").entity(String.class).isEqualTo("actor:country-tr");
		updated.path("updateEngagement.engagement.date.until.iso").entity(String.class).isEqualTo("2026-05");

		Map<String, Object> clearing = new HashMap<>();
		clearing.put("date", null);
		clearing.put("occasion", null);
		clearing.put("participants", null);
		GraphQlTester.Response cleared = local().documentName("engagementWrites")
			.operationName("updateEngagement")
			.variable("id", id)
			.variable("input", clearing)
			.variable("expectedRevision", 2)
			.execute();
		cleared.path("updateEngagement.engagement.date").valueIsNull();
		cleared.path("updateEngagement.engagement.occasion").valueIsNull();
		cleared.path("updateEngagement.engagement.participants").entityList(Object.class).hasSize(0);
		cleared.path("updateEngagement.engagement.place").entity(String.class).isEqualTo("Istanbul");

		ResponseError conflict = Errors.expect(local().documentName("engagementWrites")
			.operationName("updateEngagement")
			.variable("id", id)
			.variable("input", Map.of("place", "Ankara"))
			.variable("expectedRevision", 2)
			.execute(), "CONFLICT", id, "revision 3", "not 2");
		assertThat(conflict.getExtensions().get("currentRevision")).isEqualTo(3);
		this.tester.document("{ engagement(id: \"" + id + "\") { place revision history { by action fields } } }")
			.execute()
			.path("engagement.place")
			.entity(String.class)
			.isEqualTo("Istanbul")
			.path("engagement.revision")
			.entity(Integer.class)
			.isEqualTo(3)
			.path("engagement.history[1].by")
			.entity(String.class)
			.isEqualTo("alice")
			.path("engagement.history[1].fields")
			.entityList(String.class)
			.satisfies((fields) -> assertThat(fields).containsExactlyInAnyOrder("kind", "place", "hostCountry",
					"occasion", "date"))
			.path("engagement.history[2].fields")
			.entityList(String.class)
			.satisfies((fields) -> assertThat(fields).containsExactlyInAnyOrder("participants", "occasion", "date"));
	}

	@Test
	void deleteNeedsTheAdminScopeAndTheCurrentRevisionAndTheIdIsNeverReused() {
		Map<String, Object> input = call("The leaders agree by telephone to meet in Zanzibar", "2026-05");
		String id = create(input);
		Errors.expect(as(TestJwts.editor("ed")).documentName("deleteEngagement")
			.variable("id", id)
			.variable("expectedRevision", 1)
			.execute(), "FORBIDDEN", "diplograph:admin");
		Errors.expect(
				local().documentName("deleteEngagement").variable("id", id).variable("expectedRevision", 7).execute(),
				"CONFLICT", "revision 1");
		as(TestJwts.admin("ada")).documentName("deleteEngagement")
			.variable("id", id)
			.variable("expectedRevision", 1)
			.variable("note", "a duplicate")
			.execute()
			.path("deleteEngagement.id")
			.entity(String.class)
			.isEqualTo(id);
		GraphQlTester.Response after = this.tester.document("""
				{ engagement(id: "%s") { id }
				  actor(id: "actor:muhammad-yunus") { engagements { id } }
				  search(query: "Zanzibar", types: [ENGAGEMENT]) { totalCount }
				  changes(first: 100) { edges { node { subjectId action by subject { id } } } } }""".formatted(id))
			.execute();
		after.path("engagement").valueIsNull();
		after.path("actor.engagements[*].id").entityList(String.class).doesNotContain(id);
		after.path("search.totalCount").entity(Integer.class).isEqualTo(0);
		after.path("changes.edges[?(@.node.subjectId == '" + id + "')].node.action")
			.entityList(String.class)
			.containsExactly("CREATE", "DELETE");
		assertThat(create(input)).isEqualTo(id + "-2");
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		Map<String, Object> valid = call("An engagement to refuse", "2026-06");
		expectRefused(without(valid, "kind"), "input.kind is required");
		expectRefused(without(valid, "sources"), "input.sources is required");
		expectRefused(with(valid, "sources", List.of()), "input.sources is empty");
		expectRefused(with(valid, "sources", List.of(range(5, 9_000_000))), "input.sources[0]", "not within the body");
		expectRefused(with(valid, "date", "2026-13"), "input.date", "month 13");
		expectRefused(with(valid, "date", "2026-05/2026-01"), "input.date", "must end after it begins");
		expectRefused(with(valid, "participants", List.of("Yunus", "Nobody Atall")), "input.participants[1]",
				"Nobody Atall");
		expectRefused(with(valid, "participants", List.of("Yunus", "Pakistan")), "input.participants[1]",
				"the country Pakistan", "input.countries");
		expectRefused(with(valid, "countries", List.of("Yunus")), "input.countries[0]", "not a country");
		expectRefused(with(valid, "hostCountry", "Haluk Gorgun"), "input.hostCountry", "not a country");
		expectRefused(with(with(valid, "participants", List.of()), "countries", List.of("BD")), "at least two",
				"only Bangladesh");
		expectRefused(with(valid, "occasion", "x".repeat(201)), "input.occasion", "at most 200");
		Map<String, Object> oneSided = new HashMap<>();
		oneSided.put("countries", null);
		oneSided.put("participants", List.of("Yunus"));
		Errors.expect(local().documentName("engagementWrites")
			.operationName("updateEngagement")
			.variable("id", "engagement:2024-11-pakistani-cargo-ship-bangladesh")
			.variable("input", oneSided)
			.variable("expectedRevision", 1)
			.execute(), "BAD_REQUEST", "at least two", "only Muhammad Yunus");
		Map<String, Object> nullKind = new HashMap<>();
		nullKind.put("kind", null);
		Errors.expect(local().documentName("engagementWrites")
			.operationName("updateEngagement")
			.variable("id", "engagement:2024-11-pakistani-cargo-ship-bangladesh")
			.variable("input", nullKind)
			.variable("expectedRevision", 1)
			.execute(), "BAD_REQUEST", "input.kind cannot be null");
		Errors.expect(local().documentName("engagementWrites")
			.operationName("updateEngagement")
			.variable("id", "engagement:1999-nothing")
			.variable("input", Map.of("place", "Dhaka"))
			.variable("expectedRevision", 1)
			.execute(), "NOT_FOUND", "engagement:1999-nothing");
		Errors.expect(local().documentName("deleteEngagement")
			.variable("id", "visit:2025-07-haluk-gorgun-dhaka")
			.variable("expectedRevision", 1)
			.execute(), "BAD_REQUEST", "id");
		this.tester
			.document("{ engagements(filter: {from: \"2026-06\", to: \"2026-06\"}) { edges { node { summary } } }"
					+ " ship: engagement(id: \"engagement:2024-11-pakistani-cargo-ship-bangladesh\") { revision countries { id } } }")
			.execute()
			.path("engagements.edges[*].node.summary")
			.entityList(String.class)
			.doesNotContain("An engagement to refuse")
			.path("ship.revision")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("ship.countries[*].id")
			.entityList(String.class)
			.containsExactly("actor:country-pk", "actor:country-bd");
	}

	@Test
	void evidenceIsAddedAndRemovedButNeverTheLastSource() {
		String id = create(call("The leaders talk by telephone about a naval exercise", "2026-07"));
		Map<String, Object> more = Map.of("fact", id, "article", ARTICLE_003, "start", 100, "end", 160);
		GraphQlTester.Response added = local().documentName("addEvidence").variable("input", more).execute();
		added.path("addEvidence.fact.revision").entity(Integer.class).isEqualTo(2);
		added.path("addEvidence.fact.sources[*].start").entityList(Integer.class).containsExactly(20, 100);
		local().documentName("addEvidence")
			.variable("input", more)
			.execute()
			.path("addEvidence.fact.revision")
			.entity(Integer.class)
			.isEqualTo(2);
		Map<String, Object> first = Map.of("fact", id, "article", ARTICLE_003, "start", 20, "end", 90);
		local().documentName("removeEvidence")
			.variable("input", first)
			.execute()
			.path("removeEvidence.fact.sources[*].start")
			.entityList(Integer.class)
			.containsExactly(100);
		Errors.expect(local().documentName("removeEvidence").variable("input", more).execute(), "BAD_REQUEST",
				"only source", id);
	}

	private String create(Map<String, Object> input) {
		return local().documentName("engagementWrites")
			.operationName("createEngagement")
			.variable("input", input)
			.execute()
			.path("createEngagement.engagement.id")
			.entity(String.class)
			.get();
	}

	private void expectRefused(Map<String, Object> input, String... fragments) {
		Errors.expect(local().documentName("engagementWrites")
			.operationName("createEngagement")
			.variable("input", input)
			.execute(), "BAD_REQUEST", fragments);
	}

}
