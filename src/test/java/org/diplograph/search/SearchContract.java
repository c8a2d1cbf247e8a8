package org.diplograph.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What analysts check of search, over HTTP on the seed data; mixed into the application
 * suites.
 */
public interface SearchContract {

	HttpGraphQlTester tester();

	private GraphQlTester.Response search(String query, List<String> types) {
		return tester().documentName("search").variable("query", query).variable("types", types).execute();
	}

	@Test
	default void phraseFindsTheArticleThatUsesIt() {
		GraphQlTester.Response response = search("\"defence framework for cooperation\"", List.of("ARTICLE"));
		response.path("search.edges[*].node.item.id")
			.entityList(String.class)
			.containsExactly("article:000_0f2883a8e8540535");
		// the article spells it "Defense": American and British spellings meet
		List<Map<String, Object>> highlights = response.path("search.edges[0].node.highlights")
			.entityList(Highlight.MAP)
			.get();
		String body = response.path("search.edges[0].node.item.body").entity(String.class).get();
		assertThat(highlights).isNotEmpty();
		for (Map<String, Object> highlight : highlights) {
			assertThat(highlight.get("field")).isEqualTo("body");
			String matched = body.substring((Integer) highlight.get("start"), (Integer) highlight.get("end"));
			assertThat(matched).isEqualToIgnoringCase("Defense Framework for Cooperation");
			assertThat((String) highlight.get("text")).contains(matched);
		}
		search("\"defence framework\"", null).path("search.edges[0].node.item.id")
			.entity(String.class)
			.isEqualTo("deal:defence-framework-for-cooperation");
	}

	@Test
	default void misspeltWordsStillFindWhatTheyMean() {
		search("howitser", null).path("search.edges[0].node.item.id")
			.entity(String.class)
			.isEqualTo("deal:boran-howitzers");
		search("Gorgunn", List.of("ACTOR")).path("search.edges[0].node.item.id")
			.entity(String.class)
			.isEqualTo("actor:haluk-gorgun");
		// the misspelling the text itself uses is an alias
		GraphQlTester.Response gungor = search("Gungor", List.of("ACTOR"));
		gungor.path("search.edges[0].node.item.id").entity(String.class).isEqualTo("actor:haluk-gorgun");
		gungor.path("search.edges[0].node.highlights[0].field").entity(String.class).isEqualTo("aliases");
		gungor.path("search.edges[0].node.highlights[0].text").entity(String.class).isEqualTo("Gungor");
	}

	@Test
	default void prefixesMatchAndHighlightTheWord() {
		GraphQlTester.Response response = search("Tulp*", List.of("DEAL"));
		response.path("search.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("search.edges[0].node.item.id").entity(String.class).isEqualTo("deal:tulpar-light-tanks");
		response.path("search.edges[0].node.highlights[0].field").entity(String.class).isEqualTo("title");
		response.path("search.edges[0].node.highlights[0].start").entity(Integer.class).isEqualTo(7);
		response.path("search.edges[0].node.highlights[0].end").entity(Integer.class).isEqualTo(13);
	}

	@Test
	default void accentsAndCaseNeverMatter() {
		List<String> accented = search("Türkiye Görgün", null).path("search.edges[*].node.item.__typename")
			.entityList(String.class)
			.get();
		List<String> plain = search("turkiye GORGUN", null).path("search.edges[*].node.item.__typename")
			.entityList(String.class)
			.get();
		assertThat(plain).isEqualTo(accented).isNotEmpty();
	}

	@Test
	default void typesRestrictTheHits() {
		GraphQlTester.Response response = search("Yunus", List.of("VISIT"));
		response.path("search.edges[*].node.item.id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("visit:2025-01-omer-bolat-dhaka",
					"visit:2025-07-haluk-gorgun-dhaka"));
		response.path("search.edges[*].node.item.__typename")
			.entityList(String.class)
			.containsExactly("Visit", "Visit");
	}

	@Test
	default void bodyHighlightsAreRangesOfTheArticleBody() {
		GraphQlTester.Response response = search("Rawalpindi", List.of("ARTICLE"));
		response.path("search.edges[*].node.item.id")
			.entityList(String.class)
			.containsExactly("article:003_002019fea3fe7ae5");
		String body = response.path("search.edges[0].node.item.body").entity(String.class).get();
		List<Map<String, Object>> highlights = response.path("search.edges[0].node.highlights")
			.entityList(Highlight.MAP)
			.get();
		assertThat(highlights).hasSize(2);
		for (Map<String, Object> highlight : highlights) {
			assertThat(body.substring((Integer) highlight.get("start"), (Integer) highlight.get("end")))
				.isEqualTo("Rawalpindi");
		}
	}

	@Test
	default void engagementsAreFoundByTheirSummaries() {
		GraphQlTester.Response response = search("Cairo", List.of("ENGAGEMENT"));
		response.path("search.edges[*].node.item.id")
			.entityList(String.class)
			.containsExactly("engagement:2024-bangladesh-pakistan-leaders-cairo");
		response.path("search.edges[0].node.item.__typename").entity(String.class).isEqualTo("Engagement");
		response.path("search.edges[0].node.highlights[0].field").entity(String.class).isEqualTo("summary");
		// the exercise by its name
		search("Aman", null).path("search.edges[*].node.item.id")
			.entityList(String.class)
			.contains("engagement:2025-aman-25-exercise");
	}

	@Test
	default void hitsAreRankedAndPageWithoutOverlap() {
		GraphQlTester.Response all = tester().documentName("search")
			.variable("query", "Pakistan")
			.variable("first", 100)
			.execute();
		int total = all.path("search.totalCount").entity(Integer.class).get();
		List<Double> scores = all.path("search.edges[*].node.score").entityList(Double.class).get();
		assertThat(scores).hasSize(total).isSortedAccordingTo((a, b) -> Double.compare(b, a));
		Set<String> seen = new HashSet<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = tester().documentName("search")
				.variable("query", "Pakistan")
				.variable("first", 7)
				.variable("after", after)
				.execute();
			for (String id : page.path("search.edges[*].node.item.__typename").entityList(String.class).get()) {
				assertThat(id).isIn("Article", "Actor", "Visit", "DefenceDeal", "Engagement");
			}
			List<String> cursors = page.path("search.edges[*].cursor").entityList(String.class).get();
			cursors.forEach((cursor) -> assertThat(seen.add(cursor)).isTrue());
			more = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("search.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize(total);
	}

	@Test
	default void badSearchesAreBadRequests() {
		expectBadRequest(search(" ", null), "empty");
		expectBadRequest(search("x".repeat(501), null), "at most 500");
		expectBadRequest(tester().documentName("search").variable("query", "Dhaka").variable("first", 101).execute(),
				"at most 100");
		expectBadRequest(tester().documentName("search").variable("query", "Dhaka").variable("after", "nope").execute(),
				"not a cursor");
	}

	private static void expectBadRequest(GraphQlTester.Response response, String messagePart) {
		response.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& error.getMessage().contains(messagePart))
			.verify();
	}

	/** Highlight maps as the tester returns them. */
	final class Highlight {

		@SuppressWarnings({ "unchecked", "rawtypes" })
		static final Class<Map<String, Object>> MAP = (Class) Map.class;

		private Highlight() {
		}

	}

}
