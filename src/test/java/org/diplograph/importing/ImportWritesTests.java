package org.diplograph.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.Errors;
import org.diplograph.ImportedArticles;
import org.diplograph.ImportedArticles.Imported;
import org.diplograph.WritesContext;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing articles over HTTP: the text cleaned as the seed loader cleans it, the known
 * actors found, the candidates proposed with their evidence, all recorded as one change;
 * the same text again creates nothing; bad text and a missing token are refused.
 */
class ImportWritesTests extends WritesContext {

	@Test
	void importStoresTheCleanedArticleAndItsCandidatesWithTheirEvidence() throws Exception {
		String text = "EN | BN\n" + ImportedArticles.GORGUN_IN_DHAKA + "\nFollow us on our page\n";
		GraphQlTester.Response response = local().documentName("importArticle")
			.variable("input",
					Map.of("text", text, "publishedOn", "2026-03-04", "author", "Staff reporter", "url",
							"https://news.example/gorgun-dhaka"))
			.execute();
		response.path("importArticle.created").entity(Boolean.class).isEqualTo(true);
		String body = response.path("importArticle.article.body").entity(String.class).get();
		String sha256 = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
		String id = "article:imported-" + sha256.substring(0, 16);
		assertThat(body).startsWith("Haluk Görgün, who heads").doesNotContain("Follow us", "EN | BN", "opens armoured");
		response.path("importArticle.article.id")
			.entity(String.class)
			.isEqualTo(id)
			.path("importArticle.article.title")
			.entity(String.class)
			.isEqualTo("Görgün opens armoured vehicle talks in Dhaka")
			.path("importArticle.article.origin")
			.entity(String.class)
			.isEqualTo("IMPORTED")
			.path("importArticle.article.url")
			.entity(String.class)
			.isEqualTo("https://news.example/gorgun-dhaka")
			.path("importArticle.article.sourceFile")
			.entity(String.class)
			.isEqualTo("https://news.example/gorgun-dhaka")
			.path("importArticle.article.sha256")
			.entity(String.class)
			.isEqualTo(sha256)
			.path("importArticle.article.author")
			.entity(String.class)
			.isEqualTo("Staff reporter")
			.path("importArticle.article.publishedOn.iso")
			.entity(String.class)
			.isEqualTo("2026-03-04")
			.path("importArticle.article.mentions[*].actor.id")
			.entityList(String.class)
			.contains("actor:haluk-gorgun", "actor:muhammad-yunus", "actor:country-bd", "actor:otokar");

		String visit = "importArticle.candidates[?(@.__typename == 'VisitCandidate')]";
		response.path(visit + ".id")
			.entityList(String.class)
			.containsExactly("candidate:" + sha256.substring(0, 16) + "-visit-0")
			.path(visit + ".status")
			.entityList(String.class)
			.containsExactly("PENDING")
			.path(visit + ".visitors[*].id")
			.entityList(String.class)
			.containsExactly("actor:haluk-gorgun")
			.path(visit + ".fromCountry.id")
			.entityList(String.class)
			.containsExactly("actor:country-tr")
			.path(visit + ".hostCountry.id")
			.entityList(String.class)
			.containsExactly("actor:country-bd")
			.path(visit + ".place")
			.entityList(String.class)
			.containsExactly("Dhaka")
			.path(visit + ".date.iso")
			.entityList(String.class)
			.containsExactly("2026-03-02")
			.path(visit + ".date.precision")
			.entityList(String.class)
			.containsExactly("DAY")
			.path(visit + ".durationDays")
			.entityList(Integer.class)
			.containsExactly(3)
			.path(visit + ".visitStatus")
			.entityList(String.class)
			.containsExactly("COMPLETED")
			.path(visit + ".metWith[*].id")
			.entityList(String.class)
			.containsExactly("actor:muhammad-yunus")
			.path(visit + ".summary")
			.entityList(String.class)
			.containsExactly("Haluk Görgün visits Dhaka, Bangladesh");
		Map<String, Object> evidence = response.path(visit + ".evidence[0]").entityList(Map.class).get().get(0);
		assertThat(evidence.get("quote"))
			.isEqualTo(body.substring((Integer) evidence.get("start"), (Integer) evidence.get("end")))
			.asString()
			.contains("arrived in Dhaka on Monday");

		String deal = "importArticle.candidates[?(@.__typename == 'DealCandidate')]";
		response.path(deal + ".dealKind")
			.entityList(String.class)
			.containsExactly("PROCUREMENT")
			.path(deal + ".dealStatus")
			.entityList(String.class)
			.containsExactly("SIGNED")
			.path(deal + ".buyer.id")
			.entityList(String.class)
			.containsExactly("actor:country-bd")
			.path(deal + ".supplier.id")
			.entityList(String.class)
			.containsExactly("actor:country-tr")
			.path(deal + ".items[0].quantity")
			.entityList(Integer.class)
			.containsExactly(24)
			.path(deal + ".items[0].manufacturer.id")
			.entityList(String.class)
			.containsExactly("actor:otokar")
			.path(deal + ".title")
			.entityList(String.class)
			.satisfies((titles) -> assertThat(titles.get(0)).contains("Cobra").endsWith("for Bangladesh"));
		response.path("importArticle.candidates[?(@.__typename == 'ActorCandidate')].name")
			.entityList(String.class)
			.containsExactly("Selim Karabulut");

		this.tester.document("{ article(id: \"" + id + "\") { history { action by subject { id } } } }")
			.execute()
			.path("article.history[*].action")
			.entityList(String.class)
			.containsExactly("IMPORT")
			.path("article.history[0].by")
			.entity(String.class)
			.isEqualTo("local");
	}

	@Test
	void theSameTextAgainCreatesNothingAndProposesNoRejectedCandidateAgain() {
		Imported first = ImportedArticles.importText(local(), ImportedArticles.AIR_CHIEF_IN_DHAKA, "2026-02-11");
		first.response().path("importArticle.created").entity(Boolean.class).isEqualTo(true);
		List<String> ids = first.response().path("importArticle.candidates[*].id").entityList(String.class).get();
		// the phone call is an engagement, never a visit
		String call = "importArticle.candidates[?(@.__typename == 'EngagementCandidate')]";
		first.response()
			.path(call + ".engagementKind")
			.entityList(String.class)
			.containsExactly("PHONE_CALL")
			.path(call + ".participants[*].id")
			.entityList(String.class)
			.satisfies((found) -> assertThat(found).containsExactlyInAnyOrder("actor:shahbaz-sharif",
					"actor:muhammad-yunus"))
			.path(call + ".summary")
			.entityList(String.class)
			.containsExactly("Call between Shahbaz Sharif and Muhammad Yunus");
		assertThat(first.ids("VisitCandidate")).hasSize(1);
		String offer = first.first("DealCandidate");
		local().documentName("rejectCandidate")
			.variable("input", Map.of("id", offer, "note", "an offer reported second hand"))
			.execute()
			.path("rejectCandidate.candidate.status")
			.entity(String.class)
			.isEqualTo("REJECTED");

		// the same body under other boilerplate, another date and a URL: the same article
		GraphQlTester.Response again = local().documentName("importArticle")
			.variable("input",
					Map.of("text", "EN | BN\n" + ImportedArticles.AIR_CHIEF_IN_DHAKA + "Related articles:\nMore\n",
							"publishedOn", "2026-02-12", "url", "https://news.example/again"))
			.execute();
		again.path("importArticle.created")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("importArticle.article.id")
			.entity(String.class)
			.isEqualTo(first.articleId())
			.path("importArticle.article.url")
			.valueIsNull()
			.path("importArticle.article.publishedOn.iso")
			.entity(String.class)
			.isEqualTo("2026-02-11")
			.path("importArticle.candidates[*].id")
			.entityList(String.class)
			.containsExactly(ids.toArray(String[]::new))
			.path("importArticle.candidates[?(@.id == '" + offer + "')].status")
			.entityList(String.class)
			.containsExactly("REJECTED");
		this.tester.documentName("candidates")
			.variable("filter", Map.of("article", first.articleId()))
			.execute()
			.path("candidates.totalCount")
			.entity(Integer.class)
			.isEqualTo(ids.size());
	}

	@Test
	void badTextIsRefusedNamingTheLimitAndStoresNothing() {
		int articles = articleCount();
		Errors.expect(importing(Map.of("text", "")), "BAD_REQUEST", "input.text is empty",
				"diplograph.import.max-length");
		Errors.expect(importing(Map.of("text", " \n\t ")), "BAD_REQUEST", "input.text is blank",
				"diplograph.import.max-length");
		Errors.expect(importing(Map.of("text", "a".repeat(200_001))), "BAD_REQUEST", "200,001 characters",
				"at most 200,000", "diplograph.import.max-length");
		Errors.expect(importing(Map.of("text", "Talks in Dhaka \uD800 went well.")), "BAD_REQUEST",
				"not valid Unicode");
		Errors.expect(importing(Map.of("text", "Talks in Dhaka\u0000 went well.")), "BAD_REQUEST",
				"control character (U+0000)");
		Errors.expect(importing(Map.of("text", "EN | BN\nFollow us on our channel\n")), "BAD_REQUEST",
				"input.text has no body left");
		Errors.expect(importing(Map.of("text", "Talks went well.", "url", "ftp://news.example/1")), "BAD_REQUEST",
				"input.url", "http or https");
		Errors.expect(importing(Map.of("text", "Talks went well.", "publishedOn", "2026-13")), "BAD_REQUEST",
				"input.publishedOn", "month 13");
		Errors.expect(importing(Map.of("text", "Talks went well.", "title", "x".repeat(301))), "BAD_REQUEST",
				"input.title", "at most 300");
		assertThat(articleCount()).isEqualTo(articles);
	}

	@Test
	void importingNeedsATokenWithTheEditScope() {
		Errors.expect(this.tester.documentName("importArticle")
			.variable("input", Map.of("text", "Talks went well in Dhaka."))
			.execute(), "UNAUTHORIZED");
		Errors.expect(as(org.diplograph.security.TestJwts.withScope("reader", "openid")).documentName("importArticle")
			.variable("input", Map.of("text", "Talks went well in Dhaka."))
			.execute(), "FORBIDDEN", "diplograph:edit");
	}

	private GraphQlTester.Response importing(Map<String, Object> input) {
		return local().documentName("importArticle").variable("input", input).execute();
	}

	private int articleCount() {
		return this.tester.document("{ articles { totalCount } }")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.get();
	}

}
