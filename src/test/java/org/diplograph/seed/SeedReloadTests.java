package org.diplograph.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.WritesContext;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed and the API side by side: a seed fact edited, a fact created, a seed deal or
 * engagement deleted and a seed actor merged into one made through the API, then the seed
 * reloaded by force. The reload changes none of it, brings back nothing removed, and
 * every reverse link stays right.
 */
class SeedReloadTests extends WritesContext {

	private static final String ARTICLE_004 = "article:004_0175bc3a33f42058";

	@Autowired
	SeedLoader seed;

	@Test
	void aForcedReloadKeepsEverythingDoneThroughTheApi() {
		String edited = "visit:2025-isi-dhaka";
		int revision = this.tester.document("{ visit(id: \"" + edited + "\") { revision } }")
			.execute()
			.path("visit.revision")
			.entity(Integer.class)
			.get();
		local().documentName("visitWrites")
			.operationName("updateVisit")
			.variable("id", edited)
			.variable("input", Map.of("purpose", "Talks on intelligence sharing, as the analyst reads it"))
			.variable("expectedRevision", revision)
			.execute()
			.path("updateVisit.visit.revision")
			.entity(Integer.class)
			.isEqualTo(revision + 1);
		String kept = local().documentName("createActor")
			.variable("input", Map.of("name", "Gen. Faizur Rahman", "kind", "PERSON", "country", "BD"))
			.execute()
			.path("createActor.actor.id")
			.entity(String.class)
			.get();
		String created = local().documentName("visitWrites")
			.operationName("createVisit")
			.variable("input",
					Map.of("summary", "The quartermaster general inspects a depot in Bogura", "visitors", List.of(kept),
							"fromCountry", "BD", "hostCountry", "BD", "place", "Bogura", "date", "2026-02-10", "status",
							"COMPLETED", "sources", List.of(Map.of("article", ARTICLE_004, "start", 300, "end", 420))))
			.execute()
			.path("createVisit.visit.id")
			.entity(String.class)
			.get();
		local().documentName("deleteDeal")
			.variable("id", "deal:news-agencies-mou")
			.variable("expectedRevision", 1)
			.execute()
			.path("deleteDeal.id")
			.entity(String.class)
			.isEqualTo("deal:news-agencies-mou");
		GraphQlTester.Response merged = local().documentName("mergeActors")
			.variable("keep", kept)
			.variable("remove", "actor:faizur-rahman")
			.variable("expectedRevision", 1)
			.execute();
		merged.path("mergeActors.actor.aliases").entityList(String.class).contains("Faizur Rahman", "Lt Gen Rahman");
		merged.path("mergeActors.actor.revision").entity(Integer.class).isEqualTo(2);

		assertAsCurated(kept, created, edited);
		assertThat(this.seed.load(true)).isTrue();
		assertAsCurated(kept, created, edited);
		this.tester.document("{ changes(first: 100) { edges { node { by } } } }")
			.execute()
			.path("changes.edges[*].node.by")
			.entityList(String.class)
			.doesNotContain("seed");
	}

	@Test
	void mergesMoveEngagementParticipantsAndCountriesAndAReloadKeepsCuratedEngagements() {
		String edited = "engagement:2025-aman-25-exercise";
		local().documentName("engagementWrites")
			.operationName("updateEngagement")
			.variable("id", edited)
			.variable("input", Map.of("occasion", "Aman-25, the multinational naval exercise", "place", "Karachi"))
			.variable("expectedRevision", 1)
			.execute()
			.path("updateEngagement.engagement.revision")
			.entity(Integer.class)
			.isEqualTo(2);
		String party = createActor(Map.of("name", "Jatiya Nagorik Party", "kind", "ORGANIZATION", "country", "BD"));
		String xandria = createActor(Map.of("name", "Xandria", "kind", "COUNTRY", "code", "XQ"));
		String duplicate = createActor(Map.of("name", "Republic of Xandria", "kind", "COUNTRY", "code", "XR"));
		String created = local().documentName("engagementWrites")
			.operationName("createEngagement")
			.variable("input",
					Map.of("kind", "CONSULTATIONS", "summary", "Xandrian and Bangladeshi officials hold talks on ports",
							"countries", List.of(duplicate, "BD"), "participants", List.of(party), "date", "2026-01",
							"status", "COMPLETED", "sources",
							List.of(Map.of("article", ARTICLE_004, "start", 500, "end", 600))))
			.execute()
			.path("createEngagement.engagement.id")
			.entity(String.class)
			.get();
		local().documentName("deleteEngagement")
			.variable("id", "engagement:2025-bangladesh-demands-apology-from-pakistan")
			.variable("expectedRevision", 1)
			.execute()
			.path("deleteEngagement.id")
			.entity(String.class)
			.isEqualTo("engagement:2025-bangladesh-demands-apology-from-pakistan");
		merge(party, "actor:national-citizen-party");
		merge(xandria, duplicate);

		assertEngagementsAsCurated(party, xandria, created);
		assertThat(this.seed.load(true)).isTrue();
		assertEngagementsAsCurated(party, xandria, created);
	}

	private String createActor(Map<String, Object> input) {
		return local().documentName("createActor")
			.variable("input", input)
			.execute()
			.path("createActor.actor.id")
			.entity(String.class)
			.get();
	}

	private void merge(String keep, String remove) {
		local().documentName("mergeActors")
			.variable("keep", keep)
			.variable("remove", remove)
			.variable("expectedRevision", 1)
			.execute()
			.path("mergeActors.actor.id")
			.entity(String.class)
			.isEqualTo(keep);
	}

	private void assertEngagementsAsCurated(String party, String xandria, String created) {
		GraphQlTester.Response response = this.tester.document("""
				{ aman: engagement(id: "engagement:2025-aman-25-exercise") { occasion place revision }
				  dialogue: engagement(id: "engagement:pakistan-dialogue-with-bangladeshi-parties") {
				    participants { id } revision history { action by } }
				  created: engagement(id: "%s") { countries { id } participants { id } history { action } }
				  deleted: engagement(id: "engagement:2025-bangladesh-demands-apology-from-pakistan") { id }
				  byOldId: engagements(filter: {involves: "actor:national-citizen-party"}) { edges { node { id } } }
				  party: actor(id: "%s") { engagements { id } }
				  xandria: actor(id: "%s") { engagements { id } }
				  pakistan: actor(id: "actor:country-pk") { engagements { id } } }
				""".formatted(created, party, xandria)).execute();
		response.path("aman.occasion").entity(String.class).isEqualTo("Aman-25, the multinational naval exercise");
		response.path("aman.place").entity(String.class).isEqualTo("Karachi");
		response.path("aman.revision").entity(Integer.class).isEqualTo(2);
		response.path("dialogue.participants[*].id")
			.entityList(String.class)
			.containsExactly("actor:bnp", "actor:jamaat-e-islami", party);
		response.path("dialogue.revision").entity(Integer.class).isEqualTo(2);
		response.path("dialogue.history[*].action").entityList(String.class).containsExactly("MERGE");
		response.path("created.countries[*].id").entityList(String.class).containsExactly(xandria, "actor:country-bd");
		response.path("created.participants[*].id").entityList(String.class).containsExactly(party);
		response.path("created.history[*].action").entityList(String.class).containsExactly("CREATE", "MERGE");
		response.path("deleted").valueIsNull();
		response.path("byOldId.edges[*].node.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids)
				.containsExactlyInAnyOrder("engagement:pakistan-dialogue-with-bangladeshi-parties", created));
		response.path("party.engagements[*].id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids)
				.containsExactlyInAnyOrder("engagement:pakistan-dialogue-with-bangladeshi-parties", created));
		response.path("xandria.engagements[*].id").entityList(String.class).containsExactly(created);
		response.path("pakistan.engagements[*].id")
			.entityList(String.class)
			.contains("engagement:2025-aman-25-exercise")
			.doesNotContain("engagement:2025-bangladesh-demands-apology-from-pakistan");
	}

	private void assertAsCurated(String kept, String created, String edited) {
		GraphQlTester.Response response = this.tester.document("""
				{ old: actor(id: "actor:faizur-rahman") { id name }
				  visits(filter: {visitor: "actor:faizur-rahman"}) { edges { node { id } } }
				  merged: visit(id: "visit:2025-08-faizur-rahman-rawalpindi") { visitors { id } history { action } }
				  edited: visit(id: "%s") { purpose }
				  created: visit(id: "%s") { id }
				  deal(id: "deal:news-agencies-mou") { id }
				  actors(filter: {name: "Faizur"}) { edges { node { id } } }
				  kept: actor(id: "%s") { visits { id } articles { id } network { edges { visits { id } } } }
				  article(id: "%s") { deals { id } mentions { actor { id } } }
				  search(query: "Faizur", types: [ACTOR]) { edges { node { item { ... on Actor { id } } } } } }
				""".formatted(edited, created, kept, ARTICLE_004)).execute();
		response.path("old.id").entity(String.class).isEqualTo(kept);
		response.path("old.name").entity(String.class).isEqualTo("Gen. Faizur Rahman");
		response.path("visits.edges[*].node.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("visit:2025-08-faizur-rahman-rawalpindi",
					created));
		response.path("merged.visitors[*].id").entityList(String.class).containsExactly(kept);
		response.path("merged.history[*].action").entityList(String.class).containsExactly("MERGE");
		response.path("edited.purpose")
			.entity(String.class)
			.isEqualTo("Talks on intelligence sharing, as the analyst reads it");
		response.path("created.id").entity(String.class).isEqualTo(created);
		response.path("deal").valueIsNull();
		response.path("actors.edges[*].node.id").entityList(String.class).containsExactly(kept);
		response.path("kept.visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-08-faizur-rahman-rawalpindi", created);
		response.path("kept.articles[*].id").entityList(String.class).hasSizeGreaterThan(0);
		response.path("kept.network.edges[*].visits[*].id")
			.entityList(String.class)
			.contains("visit:2025-08-faizur-rahman-rawalpindi");
		response.path("article.deals[*].id").entityList(String.class).doesNotContain("deal:news-agencies-mou");
		response.path("article.mentions[*].actor.id").entityList(String.class).doesNotContain("actor:faizur-rahman");
		response.path("search.edges[*].node.item.id").entityList(String.class).containsExactly(kept);
	}

}
