package org.diplograph;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.diplograph.analysis.AnalysisContract;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What users check, over HTTP, on the data a user gets: the real seed loaded into the
 * database. Run against the embedded database and, where Docker is present, a real
 * MongoDB.
 */
@AutoConfigureHttpGraphQlTester
abstract class ApiContract {

	static final String ARTICLE_000 = "article:000_0f2883a8e8540535";

	static final String ARTICLE_001 = "article:001_141978add01e0fce";

	static final String ARTICLE_002 = "article:002_e51cdd4034850a5f";

	static final String ARTICLE_003 = "article:003_002019fea3fe7ae5";

	static final String ARTICLE_004 = "article:004_0175bc3a33f42058";

	@Autowired
	HttpGraphQlTester tester;

	@LocalServerPort
	int port;

	public HttpGraphQlTester tester() {
		return this.tester;
	}

	// Articles

	@Test
	void articleNamesWhereEachActorIsMentioned() {
		GraphQlTester.Response response = this.tester.documentName("articleWithMentions")
			.variable("id", ARTICLE_002)
			.execute();
		response.path("article.title")
			.entity(String.class)
			.isEqualTo("Türkiye's defence industries head Haluk Görgün holds talks in Dhaka");
		response.path("article.publishedOn.iso").entity(String.class).isEqualTo("2025-07");
		response.path("article.publishedOn.precision").entity(String.class).isEqualTo("MONTH");
		response.path("article.sourceFile").entity(String.class).isEqualTo("002_e51cdd4034850a5f.txt");
		response.path("article.sha256")
			.entity(String.class)
			.isEqualTo("8f35217ccdc6c8e6657094a04b66cac297844d238cfe5d440c7bdeed95ed5fb2");
		String body = response.path("article.body").entity(String.class).get();
		Map<String, Object> gorgun = mention(response, "actor:haluk-gorgun");
		// his role before his name, then "Haluk Gorgun", "Gorgun" four times and the
		// misspelling "Gungor"
		assertThat(gorgun.get("count")).isEqualTo(7);
		List<Integer> offsets = offsets(gorgun);
		assertThat(body.substring(offsets.get(0))).startsWith("the head of Türkiye’s Defence Industries");
		assertThat(gorgun.get("roleOffsets")).isEqualTo(List.of(offsets.get(0)));
		assertThat(body.substring(offsets.get(1))).startsWith("Haluk Gorgun met");
		assertThat(body.substring(offsets.get(6))).startsWith("Gungor");
		// by name twice ("Gen. Waker-Uz-Zaman", "Zaman's office"), by role three times
		Map<String, Object> zaman = mention(response, "actor:waker-uz-zaman");
		assertThat(zaman.get("count")).isEqualTo(5);
		assertThat(body.substring(offsets(zaman).get(1))).startsWith("Gen. Waker-Uz-Zaman");
		assertThat(roleOffsets(zaman)).extracting((offset) -> body.substring(offset, offset + 14))
			.containsExactly("Bangladesh’s a", "the army chief", "The army chief");
		assertThat(mention(response, "actor:mohammad-nazmul-hassan").get("count")).isEqualTo(2);
		response.path("article.people[*].name")
			.entityList(String.class)
			.contains("Haluk Görgün", "Muhammad Yunus", "Waker-uz-Zaman", "Mohammad Nazmul Hassan")
			.doesNotContain("Bangladesh", "Türkiye");
		response.path("article.visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-07-haluk-gorgun-dhaka");
		response.path("article.deals[*].id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("deal:turkish-hardware-since-2018"));
	}

	@Test
	void roleMentionsNameTheArmyChiefWhereTheArticlesNeverOrOnceNameHim() {
		// 000 names him once and later only as "Bangladesh Army Chief"
		GraphQlTester.Response dhakaAnkara = this.tester.documentName("articleWithMentions")
			.variable("id", ARTICLE_000)
			.execute();
		String body = dhakaAnkara.path("article.body").entity(String.class).get();
		Map<String, Object> zaman = mention(dhakaAnkara, "actor:waker-uz-zaman");
		assertThat(zaman.get("count")).isEqualTo(2);
		assertThat(roleOffsets(zaman)).singleElement()
			.satisfies((offset) -> assertThat(body.substring(offset)).startsWith("Bangladesh Army Chief’s official"));
		// the army is still named where its name is written
		assertThat(mention(dhakaAnkara, "actor:bangladesh-army").get("count")).isEqualTo(2);
		// 004 never names him: its article date (October 2025) and his role since June
		// 2024 make "the Bangladesh Army Chief" him
		GraphQlTester.Response rostami = this.tester.documentName("articleWithMentions")
			.variable("id", ARTICLE_004)
			.execute();
		Map<String, Object> inRostami = mention(rostami, "actor:waker-uz-zaman");
		assertThat(inRostami.get("count")).isEqualTo(1);
		assertThat(roleOffsets(inRostami)).isEqualTo(offsets(inRostami));
		rostami.path("article.people[*].name").entityList(String.class).contains("Waker-uz-Zaman");
		// the role phrases are titles where his name follows them
		GraphQlTester.Response bdMilitary = this.tester.documentName("articleWithMentions")
			.variable("id", ARTICLE_003)
			.execute();
		assertThat(roleOffsets(mention(bdMilitary, "actor:faizur-rahman"))).isEmpty();
	}

	@Test
	void nameAndItsAbbreviationInBracketsAreOneMention() {
		Map<String, Integer> counts = Map.of("actor:bangladesh-ordnance-factories", 1, "actor:bida", 1, "actor:oic", 1);
		GraphQlTester.Response dhakaAnkara = this.tester.documentName("articleWithMentions")
			.variable("id", ARTICLE_000)
			.execute();
		counts
			.forEach((actor, count) -> assertThat(mention(dhakaAnkara, actor).get("count")).as(actor).isEqualTo(count));
		// "MKE (Makina ve Kimya Endüstrisi)" once, then "MKE" five times on its own
		GraphQlTester.Response mke = this.tester.documentName("articleWithMentions")
			.variable("id", ARTICLE_001)
			.execute();
		assertThat(mention(mke, "actor:mke").get("count")).isEqualTo(6);
		// the maker of the Bayraktar TB2 is never named, so never mentioned
		mke.path("article.mentions[*].actor.id").entityList(String.class).doesNotContain("actor:baykar");
	}

	@Test
	void articleTakesTitleAuthorAndDateFromTheTextAndDropsBoilerplate() {
		GraphQlTester.Response response = this.tester.documentName("articleWithMentions")
			.variable("id", ARTICLE_004)
			.execute();
		response.path("article.title")
			.entity(String.class)
			.isEqualTo("Growing Pakistan-Bangladesh Relations, Challenges and Prospects");
		response.path("article.author").entity(String.class).isEqualTo("Samyar Rostami");
		response.path("article.publishedOn.iso").entity(String.class).isEqualTo("2025-10-23");
		response.path("article.publishedOn.precision").entity(String.class).isEqualTo("DAY");
		String body = response.path("article.body").entity(String.class).get();
		assertThat(body).startsWith("In 1974,")
			.doesNotContain("EN|FR|RU", "Follow us", "Telegram", "More on this topic", "Hungarian Model")
			.doesNotContain("\n\n\n")
			.endsWith("senior researcher in international relations");
		response.path("article.wordCount")
			.entity(Integer.class)
			.satisfies((count) -> assertThat(count).isBetween(1000, 1300));
	}

	@Test
	void articleDateLineIsReadAndRemovedFromTheBody() {
		GraphQlTester.Response response = this.tester.documentName("articleWithMentions")
			.variable("id", ARTICLE_001)
			.execute();
		response.path("article.publishedOn.iso").entity(String.class).isEqualTo("2025-06-03");
		response.path("article.body")
			.entity(String.class)
			.satisfies((body) -> assertThat(body).startsWith("Bangladesh and Turkey"));
		response.path("article.title").entity(String.class).satisfies((title) -> assertThat(title).contains("MKE"));
		Map<String, Object> yunus = mention(response, "actor:muhammad-yunus");
		assertThat(yunus.get("count")).isEqualTo(1);
	}

	@Test
	void articlesAreListedNewestFirst() {
		GraphQlTester.Response response = this.tester.documentName("articles").execute();
		response.path("articles.totalCount").entity(Integer.class).isEqualTo(5);
		response.path("articles.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(ARTICLE_004, ARTICLE_002, ARTICLE_001, ARTICLE_003, ARTICLE_000);
	}

	@Test
	void articlesFilterByMentionedActorsAndDate() {
		this.tester.documentName("articles")
			.variable("filter", Map.of("mentions", List.of("Gorgun")))
			.execute()
			.path("articles.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(ARTICLE_002, ARTICLE_000);
		this.tester.documentName("articles")
			.variable("filter", Map.of("mentions", List.of("PK", "Faizur Rahman")))
			.execute()
			.path("articles.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(ARTICLE_003);
		// 001 appeared in June 2025; 000 and 003 are dated only by year, which overlaps
		this.tester.documentName("articles")
			.variable("filter", Map.of("publishedFrom", "2025-07", "publishedTo", "2025-12"))
			.execute()
			.path("articles.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(ARTICLE_004, ARTICLE_002, ARTICLE_003, ARTICLE_000);
	}

	// Actors

	@Test
	void actorByNameIgnoresCaseAccentsPunctuationAndFindsAliases() {
		Map<String, String> expected = Map.of("Gorgun", "actor:haluk-gorgun", "GUNGOR", "actor:haluk-gorgun", "Turkey",
				"actor:country-tr", "turkiye", "actor:country-tr", "Mohammed Yunus", "actor:muhammad-yunus",
				"waker uz zaman", "actor:waker-uz-zaman", "Makina ve Kimya Endustrisi", "actor:mke", "Washington",
				"actor:country-us", "Belt and Road Initiative", "actor:belt-and-road-initiative");
		expected.forEach((name, id) -> this.tester.documentName("actorByName")
			.variable("name", name)
			.execute()
			.path("actorByName.id")
			.entity(String.class)
			.isEqualTo(id));
		this.tester.documentName("actorByName")
			.variable("name", "Atlantis")
			.execute()
			.path("actorByName")
			.valueIsNull();
	}

	@Test
	void actorByNameSharedByTwoActorsIsABadRequestListingThem() {
		this.tester.documentName("actorByName")
			.variable("name", "Hossain")
			.execute()
			.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& error.getMessage().contains("Touhid Hossain (actor:touhid-hossain)")
					&& error.getMessage().contains("Khalid Hossain (actor:khalid-hossain)"))
			.verify();
	}

	@Test
	void actorProfileHasCountryRolesArticlesVisitsAndDeals() {
		GraphQlTester.Response response = this.tester.documentName("actorProfile")
			.variable("id", "actor:haluk-gorgun")
			.execute();
		response.path("actor.name").entity(String.class).isEqualTo("Haluk Görgün");
		response.path("actor.kind").entity(String.class).isEqualTo("PERSON");
		response.path("actor.code").valueIsNull();
		response.path("actor.aliases").entityList(String.class).contains("Gorgun", "Gungor");
		response.path("actor.country.name").entity(String.class).isEqualTo("Türkiye");
		response.path("actor.roles[0].title").entity(String.class).isEqualTo("President of Defence Industries");
		response.path("actor.roles[0].organization.name")
			.entity(String.class)
			.isEqualTo("Defence Industries Secretariat");
		response.path("actor.articles[*].id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder(ARTICLE_000, ARTICLE_002));
		response.path("actor.visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-07-haluk-gorgun-dhaka");
	}

	@Test
	void actorVisitsAreByDateAndFilterByRole() {
		this.tester.documentName("actorProfile")
			.variable("id", "actor:waker-uz-zaman")
			.execute()
			.path("actor.visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-waker-uz-zaman-pakistan", "visit:2025-07-haluk-gorgun-dhaka",
					"visit:2025-11-waker-uz-zaman-turkiye");
		this.tester.documentName("actorProfile")
			.variable("id", "actor:waker-uz-zaman")
			.variable("role", "MET")
			.execute()
			.path("actor.visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-07-haluk-gorgun-dhaka");
		this.tester.documentName("actorProfile")
			.variable("id", "actor:country-pk")
			.variable("role", "HOST")
			.execute()
			.path("actor.visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:1974-leaders-pakistan", "visit:2025-waker-uz-zaman-pakistan",
					"visit:2025-01-military-delegation-islamabad", "visit:2025-khalid-hossain-islamabad",
					"visit:2025-08-faizur-rahman-rawalpindi");
	}

	@Test
	void countryHasItsIsoCodeAndAliases() {
		GraphQlTester.Response response = this.tester.documentName("actorProfile")
			.variable("id", "actor:country-tr")
			.execute();
		response.path("actor.name").entity(String.class).isEqualTo("Türkiye");
		response.path("actor.kind").entity(String.class).isEqualTo("COUNTRY");
		response.path("actor.code").entity(String.class).isEqualTo("TR");
		response.path("actor.aliases").entityList(String.class).contains("Turkey", "Turkiye");
		response.path("actor.deals[*].id")
			.entityList(String.class)
			.contains("deal:boran-howitzers", "deal:tulpar-light-tanks");
	}

	@Test
	void actorsFilterByKindCountryAndName() {
		this.tester.documentName("actors")
			.variable("filter", Map.of("kind", "COUNTRY"))
			.execute()
			.path("actors.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Bangladesh", "China", "Egypt", "India", "Myanmar", "Pakistan", "Russia", "Thailand",
					"Türkiye", "United States");
		this.tester.documentName("actors")
			.variable("filter", Map.of("kind", "PERSON", "country", "PK"))
			.execute()
			.path("actors.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Imran Khan", "Ishaq Dar", "Mohsin Naqvi", "Sahir Shamshad Mirza", "Shahbaz Sharif");
		this.tester.documentName("actors")
			.variable("filter", Map.of("name", "gorg"))
			.execute()
			.path("actors.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("actor:haluk-gorgun");
	}

	// Visits

	@Test
	void visitsToBangladeshIn2025InDateOrder() {
		GraphQlTester.Response response = this.tester.documentName("visits")
			.variable("filter", Map.of("hostCountry", "Bangladesh", "from", "2025", "to", "2025"))
			.execute();
		response.path("visits.totalCount").entity(Integer.class).isEqualTo(6);
		response.path("visits.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("visit:2025-isi-dhaka", "visit:2025-01-omer-bolat-dhaka",
					"visit:2025-07-haluk-gorgun-dhaka", "visit:2025-07-mohsin-naqvi-dhaka",
					"visit:2025-08-ishaq-dar-dhaka", "visit:2025-10-beris-ekinci-dhaka");
		// the ISI's visit is known only to a span from April 2024 that overlaps 2025
		response.path("visits.edges[*].node.date.iso")
			.entityList(String.class)
			.containsExactly("2024-04", "2025-01", "2025-07", "2025-07", "2025-08-23", "2025-10");
	}

	@Test
	void oneVisitReportedByTwoArticlesHasEvidenceFromBoth() {
		GraphQlTester.Response response = this.tester.documentName("visitDetail")
			.variable("id", "visit:2025-07-haluk-gorgun-dhaka")
			.execute();
		response.path("visit.visitors[*].name").entityList(String.class).containsExactly("Haluk Görgün");
		response.path("visit.fromCountry.code").entity(String.class).isEqualTo("TR");
		response.path("visit.hostCountry.code").entity(String.class).isEqualTo("BD");
		response.path("visit.place").entity(String.class).isEqualTo("Dhaka");
		response.path("visit.date.iso").entity(String.class).isEqualTo("2025-07");
		response.path("visit.status").entity(String.class).isEqualTo("COMPLETED");
		response.path("visit.metWith[*].name")
			.entityList(String.class)
			.containsExactly("Muhammad Yunus", "Waker-uz-Zaman", "Mohammad Nazmul Hassan");
		response.path("visit.sources[*].article.id")
			.entityList(String.class)
			.containsExactly(ARTICLE_000, ARTICLE_000, ARTICLE_002, ARTICLE_002, ARTICLE_002, ARTICLE_002, ARTICLE_002);
		// the facility where the TB2s are deployed is in the quotes, not only the summary
		response.path("visit.sources[6].quote")
			.entity(String.class)
			.satisfies((quote) -> assertThat(quote).contains("TB2s are deployed"));
		response.path("visit.sources[2].quote")
			.entity(String.class)
			.satisfies((quote) -> assertThat(quote).startsWith("Haluk Gorgun met"));
	}

	@Test
	void quartermasterGeneralsCallHasItsExactDay() {
		GraphQlTester.Response response = this.tester.documentName("visitDetail")
			.variable("id", "visit:2025-08-faizur-rahman-rawalpindi")
			.execute();
		response.path("visit.date.iso").entity(String.class).isEqualTo("2025-08-22");
		response.path("visit.date.precision").entity(String.class).isEqualTo("DAY");
		response.path("visit.date.day").entity(Integer.class).isEqualTo(22);
		response.path("visit.visitors[0].name").entity(String.class).isEqualTo("Faizur Rahman");
		response.path("visit.metWith[*].name").entityList(String.class).containsExactly("Sahir Shamshad Mirza");
		response.path("visit.hostCountry.name").entity(String.class).isEqualTo("Pakistan");
		response.path("visit.place").entity(String.class).isEqualTo("Rawalpindi");
	}

	@Test
	void bidaChiefsVisitWasToTurkiyeForFiveDays() {
		GraphQlTester.Response response = this.tester.documentName("visitDetail")
			.variable("id", "visit:2025-ashiq-mahmood-bin-harun-turkiye")
			.execute();
		response.path("visit.durationDays").entity(Integer.class).isEqualTo(5);
		response.path("visit.hostCountry.name").entity(String.class).isEqualTo("Türkiye");
		// Kırıkkale is where the team toured MKE's sites, not where the visit was
		response.path("visit.place").valueIsNull();
		response.path("visit.metWith[*].id").entityList(String.class).containsExactly("actor:mke");
		response.path("visit.sources[*].article.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsOnly(ARTICLE_001));
	}

	@Test
	void armyChiefsNovemberVisitIsThePlannedOne() {
		GraphQlTester.Response response = this.tester.documentName("visits")
			.variable("filter", Map.of("status", "PLANNED"))
			.execute();
		response.path("visits.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("visit:2025-11-waker-uz-zaman-turkiye");
		response.path("visits.edges[0].node.date.iso").entity(String.class).isEqualTo("2025-11");
	}

	@Test
	void visitsFilterByInvolvedActorVisitorOriginAndSource() {
		this.tester.documentName("visits")
			.variable("filter", Map.of("involves", "Dr Yunus"))
			.execute()
			.path("visits.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("visit:2025-01-omer-bolat-dhaka", "visit:2025-07-haluk-gorgun-dhaka");
		this.tester.documentName("visits")
			.variable("filter", Map.of("fromCountry", "pakistan", "visitor", "actor:ishaq-dar"))
			.execute()
			.path("visits.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("visit:2025-08-ishaq-dar-dhaka");
		this.tester.documentName("visits")
			.variable("filter", Map.of("source", ARTICLE_004))
			.execute()
			.path("visits.totalCount")
			.entity(Integer.class)
			.isEqualTo(9);
	}

	@Test
	void visitsPageForwardAndBackwardWithCursors() {
		List<String> all = this.tester.documentName("visits")
			.variable("first", 100)
			.execute()
			.path("visits.edges[*].node.id")
			.entityList(String.class)
			.hasSize(20)
			.get();
		List<String> paged = new ArrayList<>();
		String after = null;
		boolean more = true;
		while (more) {
			GraphQlTester.Response page = this.tester.documentName("visits")
				.variable("first", 5)
				.variable("after", after)
				.execute();
			paged.addAll(page.path("visits.edges[*].node.id").entityList(String.class).get());
			more = page.path("visits.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("visits.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(paged).isEqualTo(all);
		GraphQlTester.Response lastThree = this.tester.documentName("visits").variable("last", 3).execute();
		lastThree.path("visits.edges[*].node.id").entityList(String.class).isEqualTo(all.subList(17, 20));
		lastThree.path("visits.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		String before = lastThree.path("visits.pageInfo.startCursor").entity(String.class).get();
		this.tester.documentName("visits")
			.variable("last", 2)
			.variable("before", before)
			.execute()
			.path("visits.edges[*].node.id")
			.entityList(String.class)
			.isEqualTo(all.subList(15, 17));
		this.tester.documentName("visits")
			.variable("orderBy", "DATE_DESC")
			.variable("first", 1)
			.execute()
			.path("visits.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("visit:2025-11-waker-uz-zaman-turkiye");
	}

	// Deals

	@Test
	void howitzersBoughtAndPlannedWithTheirQuantities() {
		GraphQlTester.Response response = this.tester.documentName("dealDetail")
			.variable("id", "deal:boran-howitzers")
			.execute();
		response.path("deal.kind").entity(String.class).isEqualTo("PROCUREMENT");
		response.path("deal.status").entity(String.class).isEqualTo("SIGNED");
		response.path("deal.buyer.name").entity(String.class).isEqualTo("Bangladesh");
		response.path("deal.supplier.name").entity(String.class).isEqualTo("Türkiye");
		response.path("deal.items[0].system").entity(String.class).isEqualTo("MKE Boran 105mm howitzer");
		response.path("deal.items[0].quantity").entity(Integer.class).isEqualTo(18);
		response.path("deal.items[0].plannedQuantity").entity(Integer.class).isEqualTo(200);
		response.path("deal.items[0].manufacturer.name").entity(String.class).isEqualTo("Makina ve Kimya Endüstrisi");
		// "last year" in an article of 3 June 2025
		response.path("deal.date.iso").entity(String.class).isEqualTo("2024");
		response.path("deal.date.precision").entity(String.class).isEqualTo("YEAR");
		response.path("deal.parties[*].id")
			.entityList(String.class)
			.containsExactly("actor:country-bd", "actor:country-tr", "actor:mke");
	}

	@Test
	void dealStatusesStopAtWhatTheSourcesSupport() {
		Map<String, String> statuses = Map.of("deal:tulpar-light-tanks", "UNDER_CONSIDERATION",
				"deal:defence-framework-for-cooperation", "NEGOTIATING", "deal:pakistani-fighter-jets", "INTEREST",
				"deal:pakistan-army-training", "OFFERED", "deal:turkish-hardware-since-2018", "DELIVERED");
		statuses.forEach((id, status) -> this.tester.documentName("dealDetail")
			.variable("id", id)
			.execute()
			.path("deal.status")
			.entity(String.class)
			.isEqualTo(status));
	}

	@Test
	void dealsFilterBySupplierStatusKindAndSystem() {
		this.tester.documentName("deals")
			.variable("filter", Map.of("supplier", "Pakistan"))
			.execute()
			.path("deals.edges[*].node.id")
			.entityList(String.class)
			.satisfies((list) -> assertThat(list).containsExactlyInAnyOrder("deal:pakistan-hardware-offer",
					"deal:pakistan-technology-transfer-offer", "deal:pakistan-army-training",
					"deal:pakistani-fighter-jets"));
		this.tester.documentName("deals")
			.variable("filter", Map.of("status", "OFFERED"))
			.execute()
			.path("deals.totalCount")
			.entity(Integer.class)
			.isEqualTo(4);
		this.tester.documentName("deals")
			.variable("filter", Map.of("kind", "MOU"))
			.execute()
			.path("deals.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("deal:cultural-exchange-mou", "deal:foreign-service-academies-mou",
					"deal:news-agencies-mou", "deal:research-institutes-mou",
					"deal:defence-industrial-working-group-mou", "deal:small-defence-mous");
		this.tester.documentName("deals")
			.variable("filter", Map.of("system", "HOWITZER"))
			.execute()
			.path("deals.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("deal:boran-howitzers");
		this.tester.documentName("deals")
			.variable("filter", Map.of("party", "MKE"))
			.execute()
			.path("deals.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("deal:boran-howitzers");
	}

	@Test
	void theTb2IsOnePurchaseAmongTheFifteenTypesBoughtFrom2018() {
		this.tester.documentName("deals")
			.variable("filter", Map.of("system", "TB2"))
			.execute()
			.path("deals.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("deal:turkish-hardware-since-2018");
		GraphQlTester.Response response = this.tester.documentName("dealDetail")
			.variable("id", "deal:turkish-hardware-since-2018")
			.execute();
		response.path("deal.date.iso").entity(String.class).isEqualTo("2018");
		response.path("deal.items[*].system").entityList(String.class).hasSize(2).contains("Bayraktar TB2");
		response.path("deal.items[0].manufacturer.name").entity(String.class).isEqualTo("Baykar");
		response.path("deal.sources[*].article.id").entityList(String.class).containsExactly(ARTICLE_001, ARTICLE_002);
		this.tester.documentName("dealDetail")
			.variable("id", "deal:bayraktar-tb2")
			.execute()
			.path("deal")
			.valueIsNull();
	}

	@Test
	void ordnanceFactoryAssistanceIsNotATechnologyTransfer() {
		GraphQlTester.Response response = this.tester.documentName("dealDetail")
			.variable("id", "deal:bof-modernisation-support")
			.execute();
		response.path("deal.kind").entity(String.class).isEqualTo("OTHER");
		response.path("deal.status").entity(String.class).isEqualTo("OFFERED");
		// its one quote names the factories and the assistance
		response.path("deal.sources").entityList(Object.class).hasSize(1);
		response.path("deal.sources[0].quote")
			.entity(String.class)
			.satisfies((quote) -> assertThat(quote).contains("Bangladesh Ordnance Factory", "assistance"));
	}

	@Test
	void memorandumsThatBackedOnlyAVisitAreDealsOfTheirOwn() {
		this.tester.documentName("deals")
			.variable("filter", Map.of("kind", "MOU", "party", "Pakistan"))
			.execute()
			.path("deals.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("deal:cultural-exchange-mou", "deal:foreign-service-academies-mou",
					"deal:news-agencies-mou", "deal:research-institutes-mou");
		GraphQlTester.Response news = this.tester.documentName("dealDetail")
			.variable("id", "deal:news-agencies-mou")
			.execute();
		news.path("deal.status").entity(String.class).isEqualTo("SIGNED");
		news.path("deal.parties[*].id")
			.entityList(String.class)
			.containsExactly("actor:country-bd", "actor:country-pk");
		news.path("deal.sources[0].quote")
			.entity(String.class)
			.satisfies((quote) -> assertThat(quote).contains("news agencies", "Khalid Hossain"));
	}

	@Test
	void dealsAreByDateWithUndatedLast() {
		List<String> dates = this.tester.documentName("deals")
			.variable("first", 100)
			.execute()
			.path("deals.edges[*].node.date")
			.entityList(Object.class)
			.hasSize(20)
			.get()
			.stream()
			.map((date) -> (date != null) ? (String) ((Map<?, ?>) date).get("iso") : null)
			.toList();
		assertThat(dates.get(0)).isEqualTo("2018");
		assertThat(dates.get(19)).isNull();
	}

	@Test
	void visitsTheTextDatesOnlyToAPeriodHaveASpan() {
		GraphQlTester.Response response = this.tester.documentName("visitDetail")
			.variable("id", "visit:2025-waker-uz-zaman-pakistan")
			.execute();
		// "in the past year and a half" before an article of 23 October 2025
		response.path("visit.date.iso").entity(String.class).isEqualTo("2024-04");
		response.path("visit.date.until.iso").entity(String.class).isEqualTo("2025-10");
		response.path("visit.summary")
			.entity(String.class)
			.satisfies((summary) -> assertThat(summary).contains("from April 2024 to October 2025"));
		this.tester.documentName("visitDetail")
			.variable("id", "visit:2025-08-ishaq-dar-dhaka")
			.execute()
			.path("visit.date.until")
			.valueIsNull();
		// a span overlaps a range that meets any part of it
		this.tester.documentName("visits")
			.variable("filter", Map.of("visitor", "Waker-uz-Zaman", "from", "2024-05", "to", "2024-05"))
			.execute()
			.path("visits.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("visit:2025-waker-uz-zaman-pakistan");
	}

	// Engagements

	@Test
	void pakistansEngagementsAreByDateUndatedLast() {
		GraphQlTester.Response response = this.tester.documentName("engagements")
			.variable("filter", Map.of("involves", "Pakistan"))
			.execute();
		response.path("engagements.totalCount").entity(Integer.class).isEqualTo(8);
		response.path("engagements.edges[*].node.id")
			.entityList(String.class)
			.containsExactly(AnalysisContract.PAKISTAN_ENGAGEMENTS.toArray(String[]::new));
		response.path("engagements.edges[7].node.date").valueIsNull();
		response.path("engagements.edges[7].node.participants[*].name")
			.entityList(String.class)
			.containsExactly("Bangladesh Nationalist Party", "Jamaat-e-Islami", "National Citizen Party");
		response.path("engagements.edges[4].node.countries[*].code")
			.entityList(String.class)
			.containsExactly("BD", "CN", "PK");
	}

	@Test
	void leadersMetInCairoAndNewYorkIn2024() {
		GraphQlTester.Response cairo = this.tester.documentName("engagementById")
			.variable("withArticles", true)
			.variable("id", "engagement:2024-bangladesh-pakistan-leaders-cairo")
			.execute();
		cairo.path("engagement.kind").entity(String.class).isEqualTo("MEETING");
		cairo.path("engagement.place").entity(String.class).isEqualTo("Cairo");
		cairo.path("engagement.hostCountry.name").entity(String.class).isEqualTo("Egypt");
		cairo.path("engagement.date.iso").entity(String.class).isEqualTo("2024");
		cairo.path("engagement.date.precision").entity(String.class).isEqualTo("YEAR");
		cairo.path("engagement.status").entity(String.class).isEqualTo("COMPLETED");
		// the text names neither leader
		cairo.path("engagement.participants").entityList(Object.class).hasSize(0);
		cairo.path("engagement.countries[*].name").entityList(String.class).containsExactly("Bangladesh", "Pakistan");
		cairo.path("engagement.sources[0].article.id").entity(String.class).isEqualTo(ARTICLE_004);
		cairo.path("engagement.sources[0].quote")
			.entity(String.class)
			.satisfies((quote) -> assertThat(quote).contains("New York and Cairo in 2024"));
		this.tester.documentName("engagementById")
			.variable("withArticles", true)
			.variable("id", "engagement:2024-bangladesh-pakistan-leaders-new-york")
			.execute()
			.path("engagement.hostCountry.code")
			.entity(String.class)
			.isEqualTo("US");
	}

	@Test
	void erdoganCallIsDatedOnlyToASpanAfterTheCongratulations() {
		GraphQlTester.Response call = this.tester.documentName("engagementById")
			.variable("withArticles", true)
			.variable("id", "engagement:2024-recep-tayyip-erdogan-calls-muhammad-yunus")
			.execute();
		call.path("engagement.kind").entity(String.class).isEqualTo("PHONE_CALL");
		call.path("engagement.participants[*].name")
			.entityList(String.class)
			.containsExactly("Recep Tayyip Erdoğan", "Muhammad Yunus");
		call.path("engagement.date.iso").entity(String.class).isEqualTo("2024-08");
		call.path("engagement.date.until.iso").entity(String.class).isEqualTo("2025");
		call.path("engagement.date.until.precision").entity(String.class).isEqualTo("YEAR");
		this.tester.documentName("engagements")
			.variable("filter", Map.of("kind", "MESSAGE"))
			.execute()
			.path("engagements.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("engagement:2024-08-emine-erdogan-congratulates-muhammad-yunus",
					"engagement:2025-bangladesh-demands-apology-from-pakistan");
	}

	@Test
	void engagementsFilterByDateRangeAndComeWithActorsAndArticles() {
		this.tester.documentName("engagements")
			.variable("filter", Map.of("from", "2024", "to", "2024"))
			.execute()
			.path("engagements.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("engagement:2024-bangladesh-pakistan-leaders-cairo",
					"engagement:2024-bangladesh-pakistan-leaders-new-york",
					"engagement:2024-08-emine-erdogan-congratulates-muhammad-yunus",
					"engagement:2024-recep-tayyip-erdogan-calls-muhammad-yunus",
					"engagement:2024-11-pakistani-cargo-ship-bangladesh");
		GraphQlTester.Response yunus = this.tester.documentName("actorEngagements")
			.variable("id", "actor:muhammad-yunus")
			.execute();
		yunus.path("actor.engagements[*].id")
			.entityList(String.class)
			.containsExactly("engagement:2024-08-emine-erdogan-congratulates-muhammad-yunus",
					"engagement:2024-recep-tayyip-erdogan-calls-muhammad-yunus");
		yunus.path("article.engagements").entityList(Object.class).hasSize(8);
		this.tester.documentName("actorEngagements")
			.variable("id", "actor:country-eg")
			.execute()
			.path("actor.engagements[*].id")
			.entityList(String.class)
			.containsExactly("engagement:2024-bangladesh-pakistan-leaders-cairo");
	}

	@Test
	void newestFirstStartsWithTheUndatedAndTheCommissionMeetsIn2026() {
		GraphQlTester.Response response = this.tester.documentName("engagements")
			.variable("orderBy", "DATE_DESC")
			.variable("first", 2)
			.execute();
		// newest first puts the undated last-sorted ones first, as visits' DATE_DESC
		// would
		response.path("engagements.edges[*].node.status")
			.entityList(String.class)
			.containsExactly("COMPLETED", "PLANNED");
		response.path("engagements.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("engagement:pakistan-dialogue-with-bangladeshi-parties",
					"engagement:bangladesh-pakistan-jec-relaunch");
		response.path("engagements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		GraphQlTester.Response jec = this.tester.documentName("engagementById")
			.variable("withArticles", true)
			.variable("id", "engagement:2026-02-bangladesh-turkiye-jec")
			.execute();
		jec.path("engagement.date.iso").entity(String.class).isEqualTo("2026-02");
		jec.path("engagement.participants[*].id")
			.entityList(String.class)
			.containsExactly("actor:bangladesh-turkiye-jec");
	}

	// Evidence

	@Test
	void everyQuoteIsExactlyTheBodyBetweenItsOffsets() {
		GraphQlTester.Response response = this.tester.documentName("allEvidence").execute();
		Map<String, String> bodies = new HashMap<>();
		response.path("articles.edges[*].node")
			.entityList(MAP)
			.get()
			.forEach((article) -> bodies.put((String) article.get("id"), (String) article.get("body")));
		assertThat(bodies).hasSize(5);
		int checked = 0;
		for (String list : List.of("visits", "deals", "engagements")) {
			List<Map<String, Object>> nodes = response.path(list + ".edges[*].node").entityList(MAP).get();
			for (Map<String, Object> node : nodes) {
				List<Map<String, Object>> sources = cast(node.get("sources"));
				assertThat(sources).as("sources of %s", node.get("id")).isNotEmpty();
				for (Map<String, Object> source : sources) {
					String body = bodies.get(((Map<?, ?>) source.get("article")).get("id"));
					int start = (Integer) source.get("start");
					int end = (Integer) source.get("end");
					assertThat(source.get("quote")).as("quote of %s", node.get("id"))
						.isEqualTo(body.substring(start, end));
					checked++;
				}
			}
		}
		assertThat(checked).isEqualTo(38 + 29 + 13);
	}

	// Nodes

	@Test
	void nodesResolveAnyIdAndUnknownOnesAreNull() {
		GraphQlTester.Response response = this.tester.documentName("nodes")
			.variable("ids",
					List.of("deal:boran-howitzers", "actor:haluk-gorgun", "visit:nope", ARTICLE_003,
							"visit:2025-08-ishaq-dar-dhaka", "engagement:2025-aman-25-exercise"))
			.execute();
		response.path("nodes[*].__typename")
			.entityList(String.class)
			.containsExactly("DefenceDeal", "Actor", "Article", "Visit", "Engagement");
		response.path("nodes[2]").valueIsNull();
		response.path("nodes[1].name").entity(String.class).isEqualTo("Haluk Görgün");
		this.tester.documentName("node")
			.variable("id", "actor:country-bd")
			.execute()
			.path("node.name")
			.entity(String.class)
			.isEqualTo("Bangladesh");
		this.tester.documentName("node").variable("id", "actor:nobody").execute().path("node").valueIsNull();
	}

	// HTTP

	@Test
	void graphiqlIsServedWithAllItsCodeFromTheApplication() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("<meta charset=\"utf-8\">", "query Visits {", "deal:boran-howitzers")
			.doesNotContainPattern("(src|href)=\"(https?:)?//");
		List<String> assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"")
			.matcher(page.body())
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(assets).hasSize(6);
		for (String asset : assets) {
			HttpResponse<String> response = get("/" + asset);
			assertThat(response.statusCode()).as(asset).isEqualTo(200);
			assertThat(response.body().length()).as(asset).isGreaterThan(100);
		}
	}

	@Test
	void schemaIsServedAsSdl() throws Exception {
		HttpResponse<String> schema = get("/graphql/schema");
		assertThat(schema.statusCode()).isEqualTo(200);
		assertThat(schema.body()).contains("type Visit implements Node", "enum DealStatus", "input VisitFilter");
	}

	@Test
	void queriesCanBeSentWithGetButMutationsCannot() throws Exception {
		String query = URLEncoder.encode("query($id: ID!) { actor(id: $id) { name code } }", StandardCharsets.UTF_8);
		String variables = URLEncoder.encode("{\"id\": \"actor:country-tr\"}", StandardCharsets.UTF_8);
		HttpResponse<String> answer = get("/graphql?query=" + query + "&variables=" + variables);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"data\":{\"actor\":{\"name\":\"Türkiye\",\"code\":\"TR\"}}}");
		HttpResponse<String> mutation = get(
				"/graphql?query=" + URLEncoder.encode("mutation { reload }", StandardCharsets.UTF_8));
		assertThat(mutation.statusCode()).isEqualTo(405);
		assertThat(mutation.headers().firstValue("Allow")).hasValue("POST");
		assertThat(get("/graphql?query=" + query + "&variables=%5B1%5D").statusCode()).isEqualTo(400);
		assertThat(get("/graphql").statusCode()).isEqualTo(400);
	}

	@Test
	void configuredFrontEndOriginsPassCorsPreflight() throws Exception {
		HttpRequest preflight = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "http://app.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build();
		HttpResponse<String> allowed = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.ofString());
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://app.example");
		HttpRequest other = HttpRequest.newBuilder(preflight, (name, value) -> !name.equalsIgnoreCase("Origin"))
			.header("Origin", "http://elsewhere.example")
			.build();
		assertThat(HttpClient.newHttpClient().send(other, HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(403);
	}

	@Test
	void everyResponseCarriesARequestId() throws Exception {
		HttpRequest given = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema"))
			.header("X-Request-Id", "front-end-42")
			.build();
		assertThat(HttpClient.newHttpClient()
			.send(given, HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("X-Request-Id")).hasValue("front-end-42");
		HttpRequest malformed = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema"))
			.header("X-Request-Id", "no spaces allowed")
			.build();
		assertThat(HttpClient.newHttpClient()
			.send(malformed, HttpResponse.BodyHandlers.ofString())
			.headers()
			.firstValue("X-Request-Id")).hasValueSatisfying((id) -> assertThat(id).matches("[0-9a-f-]{36}"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	// Errors

	@Test
	void unknownIdPrefixIsABadRequest() {
		expectBadRequest(this.tester.documentName("node").variable("id", "person:haluk-gorgun").execute(),
				"IDs start with");
		expectBadRequest(this.tester.documentName("articleWithMentions").variable("id", "actor:haluk-gorgun").execute(),
				"article:");
	}

	@Test
	void invalidDatesAreBadRequestsSayingWhatIsWrong() {
		expectBadRequest(this.tester.documentName("visits").variable("filter", Map.of("from", "2025-13")).execute(),
				"month is 01 to 12");
		expectBadRequest(this.tester.documentName("visits").variable("filter", Map.of("to", "July 2025")).execute(),
				"not an ISO date");
		expectBadRequest(this.tester.documentName("articles")
			.variable("filter", Map.of("publishedFrom", "2025-02-30"))
			.execute(), "not a day of the calendar");
	}

	@Test
	void pageSizesOverTheCapAndBadCursorsAreBadRequests() {
		expectBadRequest(this.tester.documentName("visits").variable("first", 101).execute(), "at most 100");
		expectBadRequest(this.tester.documentName("actors").variable("last", 500).execute(), "at most 100");
		expectBadRequest(this.tester.documentName("deals").variable("first", -1).execute(), "0 or more");
		expectBadRequest(this.tester.documentName("articles").variable("after", "not-a-cursor").execute(),
				"not a cursor");
	}

	@Test
	void unknownAndAmbiguousActorReferencesAreBadRequests() {
		expectBadRequest(this.tester.documentName("visits").variable("filter", Map.of("visitor", "Atlantis")).execute(),
				"no actor is named 'Atlantis'");
		expectBadRequest(this.tester.documentName("visits").variable("filter", Map.of("involves", "Hossain")).execute(),
				"Touhid Hossain (actor:touhid-hossain)");
		expectBadRequest(
				this.tester.documentName("visits").variable("filter", Map.of("hostCountry", "Haluk Görgün")).execute(),
				"not a country");
		expectBadRequest(
				this.tester.documentName("deals").variable("filter", Map.of("buyer", "actor:nobody")).execute(),
				"no actor has the ID");
	}

	@Test
	void userStringsReachTheDatabaseAsLiteralText() {
		// regular-expression and operator syntax is matched as text, not run
		for (String pattern : List.of("H.luk", "Gör|Pak", "a{2}", "$where")) {
			this.tester.documentName("actors")
				.variable("filter", Map.of("name", pattern))
				.execute()
				.path("actors.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
			this.tester.documentName("deals")
				.variable("filter", Map.of("system", pattern))
				.execute()
				.path("deals.totalCount")
				.entity(Integer.class)
				.isEqualTo(0);
		}
		// punctuation alone would match everything: it is refused instead
		expectBadRequest(this.tester.documentName("actors").variable("filter", Map.of("name", ".*")).execute(),
				"no letters or digits");
		expectBadRequest(
				this.tester.documentName("visits").variable("filter", Map.of("visitor", "{\"$gt\": \"\"}")).execute(),
				"no actor is named");
		expectBadRequest(
				this.tester.documentName("actors").variable("filter", Map.of("name", "x".repeat(201))).execute(),
				"longer than 200");
	}

	private static void expectBadRequest(GraphQlTester.Response response, String messagePart) {
		response.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST && error.getMessage().contains(messagePart)
					&& !error.getMessage().contains("Exception"))
			.verify();
	}

	private static final Class<Map<String, Object>> MAP = cast(Map.class);

	@SuppressWarnings("unchecked")
	private static <T> T cast(Object value) {
		return (T) value;
	}

	private static Map<String, Object> mention(GraphQlTester.Response response, String actorId) {
		return response.path("article.mentions")
			.entityList(MAP)
			.get()
			.stream()
			.filter((mention) -> actorId.equals(((Map<?, ?>) mention.get("actor")).get("id")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no mention of " + actorId));
	}

	private static List<Integer> offsets(Map<String, Object> mention) {
		return cast(mention.get("offsets"));
	}

	private static List<Integer> roleOffsets(Map<String, Object> mention) {
		return cast(mention.get("roleOffsets"));
	}

}
