package org.diplograph.analysis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What analysts check of relationships, timelines and networks, over HTTP on the seed
 * data.
 */
public interface AnalysisContract {

	/** The engagements that involve Pakistan, by date, the undated last. */
	List<String> PAKISTAN_ENGAGEMENTS = List.of("engagement:2024-bangladesh-pakistan-leaders-cairo",
			"engagement:2024-bangladesh-pakistan-leaders-new-york",
			"engagement:2024-11-pakistani-cargo-ship-bangladesh", "engagement:2025-aman-25-exercise",
			"engagement:2025-bangladesh-china-pakistan-trilateral-summit",
			"engagement:2025-bangladesh-demands-apology-from-pakistan", "engagement:bangladesh-pakistan-jec-relaunch",
			"engagement:pakistan-dialogue-with-bangladeshi-parties");

	HttpGraphQlTester tester();

	@Test
	default void twoCountriesRelationshipHoldsTheirVisitsBothWaysAndSharedDeals() {
		GraphQlTester.Response response = tester().documentName("relationship")
			.variable("a", "Bangladesh")
			.variable("b", "TR")
			.execute();
		response.path("relationship.a.id").entity(String.class).isEqualTo("actor:country-bd");
		response.path("relationship.b.id").entity(String.class).isEqualTo("actor:country-tr");
		response.path("relationship.visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2024-bangladeshi-teams-turkiye", "visit:2024-turkish-officials-bangladesh",
					"visit:2025-ashiq-mahmood-bin-harun-turkiye", "visit:2025-01-omer-bolat-dhaka",
					"visit:2025-02-nazrul-islam-ankara", "visit:2025-04-touhid-hossain-antalya",
					"visit:2025-07-asif-mahmud-sajib-bhuiyan-ankara", "visit:2025-07-haluk-gorgun-dhaka",
					"visit:2025-10-beris-ekinci-dhaka", "visit:2025-11-waker-uz-zaman-turkiye");
		response.path("relationship.deals[*].id")
			.entityList(String.class)
			.hasSize(10)
			.contains("deal:boran-howitzers", "deal:defence-framework-for-cooperation", "deal:small-defence-mous")
			.doesNotContain("deal:bayraktar-tb2");
		response.path("relationship.deals[0].id").entity(String.class).isEqualTo("deal:turkish-hardware-since-2018");
		response.path("relationship.firstContact.iso").entity(String.class).isEqualTo("2018");
		// the Joint Economic Commission is to meet in February 2026
		response.path("relationship.lastContact.iso").entity(String.class).isEqualTo("2026-02");
		response.path("relationship.engagements[*].id")
			.entityList(String.class)
			.containsExactly("engagement:2024-08-emine-erdogan-congratulates-muhammad-yunus",
					"engagement:2024-recep-tayyip-erdogan-calls-muhammad-yunus",
					"engagement:2026-02-bangladesh-turkiye-jec");
		response.path("relationship.articles[*].id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("article:000_0f2883a8e8540535",
					"article:001_141978add01e0fce", "article:002_e51cdd4034850a5f", "article:003_002019fea3fe7ae5"));
	}

	@Test
	default void pakistanAndBangladeshVisitsAreInDateOrder() {
		tester().documentName("relationship")
			.variable("a", "Pakistan")
			.variable("b", "Bangladesh")
			.execute()
			.path("relationship.visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:1974-leaders-bangladesh", "visit:1974-leaders-pakistan", "visit:2025-isi-dhaka",
					"visit:2025-waker-uz-zaman-pakistan", "visit:2025-01-military-delegation-islamabad",
					"visit:2025-khalid-hossain-islamabad", "visit:2025-07-mohsin-naqvi-dhaka",
					"visit:2025-08-faizur-rahman-rawalpindi", "visit:2025-08-ishaq-dar-dhaka");
	}

	@Test
	default void bangladeshAndPakistanMetIn2024ThroughTheirLeadersAndAShip() {
		GraphQlTester.Response response = tester().documentName("relationship")
			.variable("a", "Bangladesh")
			.variable("b", "Pakistan")
			.variable("granularity", "YEAR")
			.execute();
		response.path("relationship.engagements[*].id")
			.entityList(String.class)
			.containsExactly(PAKISTAN_ENGAGEMENTS.toArray(String[]::new));
		// no longer a jump from 1974 to 2025: 2024 has its meetings in New York and Cairo
		response.path("relationship.activity[*].period.iso")
			.entityList(String.class)
			.containsExactly("1974", "2024", "2024", "2025");
		response.path("relationship.activity[2].period.until").valueIsNull();
		response.path("relationship.activity[2].engagements[*].id")
			.entityList(String.class)
			.containsExactly("engagement:2024-bangladesh-pakistan-leaders-cairo",
					"engagement:2024-bangladesh-pakistan-leaders-new-york",
					"engagement:2024-11-pakistani-cargo-ship-bangladesh");
		// what the text dates only to the year and a half before October 2025
		response.path("relationship.activity[1].period.until.iso").entity(String.class).isEqualTo("2025");
		response.path("relationship.activity[1].count").entity(Integer.class).isEqualTo(4);
		response.path("relationship.firstContact.iso").entity(String.class).isEqualTo("1974");
		// Egypt hosted the Cairo meeting but took no part in it
		tester().documentName("relationship")
			.variable("a", "Egypt")
			.variable("b", "Bangladesh")
			.execute()
			.path("relationship.engagements")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	default void peopleAreRelatedByTheVisitsWhereOneMetTheOther() {
		GraphQlTester.Response response = tester().documentName("relationship")
			.variable("a", "Gorgun")
			.variable("b", "Muhammad Yunus")
			.execute();
		response.path("relationship.visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-07-haluk-gorgun-dhaka");
		response.path("relationship.deals").entityList(Object.class).hasSize(0);
		response.path("relationship.articles[*].id")
			.entityList(String.class)
			.containsExactly("article:002_e51cdd4034850a5f", "article:000_0f2883a8e8540535");
		response.path("relationship.firstContact.iso").entity(String.class).isEqualTo("2025-07");
	}

	@Test
	default void relationshipWithNothingInItIsEmpty() {
		GraphQlTester.Response response = tester().documentName("relationship")
			.variable("a", "Thailand")
			.variable("b", "Russia")
			.execute();
		response.errors().verify();
		response.path("relationship.visits").entityList(Object.class).hasSize(0);
		response.path("relationship.deals").entityList(Object.class).hasSize(0);
		response.path("relationship.articles").entityList(Object.class).hasSize(0);
		response.path("relationship.firstContact").valueIsNull();
		response.path("relationship.activity").entityList(Object.class).hasSize(0);
	}

	@Test
	default void activityBucketsYearsBeforeTheirMonths() {
		GraphQlTester.Response response = tester().documentName("relationship")
			.variable("a", "Bangladesh")
			.variable("b", "Türkiye")
			.execute();
		response.path("relationship.activity[*].period.iso")
			.entityList(String.class)
			.containsExactly("2018", "2024", "2024-08", "2024-08", "2024-08", "2024-08", "2025", "2025-01", "2025-02",
					"2025-04", "2025-06", "2025-07", "2025-10", "2025-11", "2026-02");
		response.path("relationship.activity[*].count")
			.entityList(Integer.class)
			.containsExactly(1, 1, 1, 1, 2, 1, 4, 1, 1, 1, 2, 3, 1, 1, 1);
		response.path("relationship.activity[6].period.precision").entity(String.class).isEqualTo("YEAR");
		// a span the months do not close gets a bucket of its own, the wider first:
		// Erdoğan's call (after August 2024, reported in 2025), the BIDA chief's visit
		// (before June 2025), the delegations "within weeks"; then the month itself
		response.path("relationship.activity[2].period.until.iso").entity(String.class).isEqualTo("2025");
		response.path("relationship.activity[2].engagements[*].id")
			.entityList(String.class)
			.containsExactly("engagement:2024-recep-tayyip-erdogan-calls-muhammad-yunus");
		response.path("relationship.activity[3].period.until.iso").entity(String.class).isEqualTo("2025-06");
		response.path("relationship.activity[3].visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-ashiq-mahmood-bin-harun-turkiye");
		response.path("relationship.activity[4].period.until.iso").entity(String.class).isEqualTo("2024-10");
		response.path("relationship.activity[5].period.until").valueIsNull();
		response.path("relationship.activity[5].engagements[*].id")
			.entityList(String.class)
			.containsExactly("engagement:2024-08-emine-erdogan-congratulates-muhammad-yunus");
		response.path("relationship.activity[11].visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-07-asif-mahmud-sajib-bhuiyan-ankara", "visit:2025-07-haluk-gorgun-dhaka");
		response.path("relationship.activity[11].deals[*].id")
			.entityList(String.class)
			.containsExactly("deal:bof-modernisation-support");
	}

	@Test
	default void timelineOfPakistansActivityByMonthAndYear() {
		GraphQlTester.Response months = tester().documentName("timeline").variable("involves", "Pakistan").execute();
		months.path("timeline[*].period.iso")
			.entityList(String.class)
			.containsExactly("1974", "2024", "2024-04", "2024-11", "2025", "2025-01", "2025-07", "2025-08");
		months.path("timeline[*].count").entityList(Integer.class).containsExactly(2, 2, 4, 1, 10, 1, 1, 3);
		// the leaders' meetings of 2024, known to the year
		months.path("timeline[1].engagements[*].id")
			.entityList(String.class)
			.containsExactly("engagement:2024-bangladesh-pakistan-leaders-cairo",
					"engagement:2024-bangladesh-pakistan-leaders-new-york");
		// "in the past year and a half" before October 2025: two visits, two deals
		months.path("timeline[2].period.until.iso").entity(String.class).isEqualTo("2025-10");
		months.path("timeline[2].visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-isi-dhaka", "visit:2025-waker-uz-zaman-pakistan");
		months.path("timeline[7].visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-08-faizur-rahman-rawalpindi", "visit:2025-08-ishaq-dar-dhaka");
		months.path("timeline[7].deals[*].id")
			.entityList(String.class)
			.containsExactly("deal:diplomatic-visa-exemption");
		GraphQlTester.Response years = tester().documentName("timeline")
			.variable("involves", "Pakistan")
			.variable("granularity", "YEAR")
			.execute();
		years.path("timeline[*].period.iso").entityList(String.class).containsExactly("1974", "2024", "2024", "2025");
		years.path("timeline[1].period.until.iso").entity(String.class).isEqualTo("2025");
		years.path("timeline[2].period.until").valueIsNull();
		years.path("timeline[*].count").entityList(Integer.class).containsExactly(2, 4, 3, 15);
	}

	@Test
	default void timelineRangeKeepsItemsWhosePeriodOverlapsIt() {
		GraphQlTester.Response response = tester().documentName("timeline")
			.variable("from", "2025-07")
			.variable("to", "2025-08")
			.execute();
		response.path("timeline[*].period.iso")
			.entityList(String.class)
			.containsExactly("2024-04", "2024-08", "2025", "2025-07", "2025-08");
		response.path("timeline[3].visits[*].id")
			.entityList(String.class)
			.containsExactly("visit:2025-07-asif-mahmud-sajib-bhuiyan-ankara", "visit:2025-07-haluk-gorgun-dhaka",
					"visit:2025-07-mohsin-naqvi-dhaka");
	}

	@Test
	default void networkEdgesSayWhatLinksTwoActors() {
		GraphQlTester.Response response = tester().documentName("network")
			.variable("id", "actor:haluk-gorgun")
			.execute();
		response.path("actor.network.nodes[0].id").entity(String.class).isEqualTo("actor:haluk-gorgun");
		response.path("actor.network.nodes[*].id")
			.entityList(String.class)
			.hasSize(10)
			.contains("actor:muhammad-yunus", "actor:waker-uz-zaman", "actor:mohammad-nazmul-hassan",
					"actor:country-bd", "actor:country-tr", "actor:defence-industries-secretariat");
		List<Map<String, Object>> edges = response.path("actor.network.edges")
			.entityList(AnalysisContract.Maps.MAP)
			.get();
		Map<String, Object> withYunus = edges.stream()
			.filter((edge) -> id(edge.get("source")).equals("actor:haluk-gorgun")
					&& id(edge.get("target")).equals("actor:muhammad-yunus"))
			.findFirst()
			.orElseThrow();
		assertThat(withYunus.get("weight")).isEqualTo(2);
		assertThat(ids(withYunus.get("visits"))).containsExactly("visit:2025-07-haluk-gorgun-dhaka");
		assertThat(ids(withYunus.get("articles"))).containsExactly("article:002_e51cdd4034850a5f");
		for (Map<String, Object> edge : edges) {
			int reasons = ids(edge.get("visits")).size() + ids(edge.get("deals")).size()
					+ ids(edge.get("articles")).size() + ids(edge.get("engagements")).size();
			assertThat(edge.get("weight")).isEqualTo(reasons);
		}
		assertThat(edges).extracting((edge) -> (Integer) edge.get("weight")).isSortedAccordingTo((a, b) -> b - a);
		// Bangladesh and Türkiye: 10 visits, 10 deals, 4 articles and 3 engagements
		assertThat(edges.get(0).get("weight")).isEqualTo(27);
		assertThat(ids(edges.get(0).get("engagements"))).containsExactly(
				"engagement:2024-08-emine-erdogan-congratulates-muhammad-yunus",
				"engagement:2024-recep-tayyip-erdogan-calls-muhammad-yunus",
				"engagement:2026-02-bangladesh-turkiye-jec");
	}

	@Test
	default void networkMinWeightDropsThinLinksAndDepthTwoReachesFurther() {
		tester().documentName("network")
			.variable("id", "actor:haluk-gorgun")
			.variable("minWeight", 2)
			.execute()
			.path("actor.network.nodes[*].id")
			.entityList(String.class)
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder("actor:haluk-gorgun", "actor:country-bd",
					"actor:country-tr", "actor:mohammad-nazmul-hassan", "actor:muhammad-yunus", "actor:waker-uz-zaman",
					"actor:defence-industries-secretariat"));
		tester().documentName("network")
			.variable("id", "actor:haluk-gorgun")
			.variable("depth", 2)
			.execute()
			.path("actor.network.nodes[*].id")
			.entityList(String.class)
			.contains("actor:country-pk", "actor:ishaq-dar", "actor:mke");
	}

	@Test
	default void outOfRangeArgumentsAreBadRequests() {
		expectBadRequest(
				tester().documentName("network").variable("id", "actor:country-bd").variable("depth", 3).execute(),
				"depth is 3");
		expectBadRequest(
				tester().documentName("network").variable("id", "actor:country-bd").variable("minWeight", 0).execute(),
				"minWeight is 0");
		expectBadRequest(tester().documentName("relationship").variable("a", "Turkey").variable("b", "TR").execute(),
				"two different actors");
		expectBadRequest(tester().documentName("relationship").variable("a", "Atlantis").variable("b", "TR").execute(),
				"no actor is named");
		expectBadRequest(
				tester().documentName("timeline").variable("from", "2025-09").variable("to", "2025-01").execute(),
				"is after");
		expectBadRequest(tester().documentName("timeline").variable("from", "last year").execute(), "not an ISO date");
	}

	private static void expectBadRequest(GraphQlTester.Response response, String messagePart) {
		response.errors()
			.expect((error) -> error.getErrorType() == ErrorType.BAD_REQUEST
					&& error.getMessage().contains(messagePart))
			.verify();
	}

	private static String id(Object actor) {
		return (String) ((Map<?, ?>) actor).get("id");
	}

	private static List<String> ids(Object items) {
		return ((List<?>) items).stream().map(AnalysisContract::id).toList();
	}

	/** Map type for the tester. */
	final class Maps {

		@SuppressWarnings({ "unchecked", "rawtypes" })
		static final Class<Map<String, Object>> MAP = (Class) Map.class;

		private Maps() {
		}

	}

}
