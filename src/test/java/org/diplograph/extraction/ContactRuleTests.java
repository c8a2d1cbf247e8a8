package org.diplograph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Visits and engagements: travel triggers, host swaps, plans, calls that are no visits,
 * meetings in third countries, summits, exercises, consultations and messages.
 */
class ContactRuleTests {

	@Test
	void aTravelVerbMakesACompletedVisitWithItsFields() {
		Extraction extraction = Articles.extract("Foreign Minister Hakan Fidan arrived in Dhaka on Monday for a "
				+ "two-day visit to discuss trade. He called on Muhammad Yunus on Tuesday.", "2026-03-04");
		assertThat(extraction.visits()).hasSize(1);
		VisitCandidate visit = extraction.visits().get(0);
		assertThat(Articles.refs(visit.visitors(), extraction)).containsExactly("hakan-fidan");
		assertThat(Articles.ref(visit.fromCountry(), extraction)).isEqualTo("country-tr");
		assertThat(Articles.ref(visit.hostCountry(), extraction)).isEqualTo("country-bd");
		assertThat(visit.place()).isEqualTo("Dhaka");
		assertThat(visit.date().iso()).isEqualTo("2026-03-02");
		assertThat(visit.durationDays()).isEqualTo(2);
		assertThat(visit.status()).isEqualTo(FactStatus.COMPLETED);
		assertThat(visit.purpose()).isEqualTo("to discuss trade");
		assertThat(Articles.refs(visit.metWith(), extraction)).containsExactly("muhammad-yunus");
		assertThat(visit.evidence()).hasSize(2);
		assertThat(visit.rule()).isEqualTo("visit.travel-verb");
	}

	@Test
	void hostingSwapsVisitorAndHost() {
		Extraction extraction = Articles.extract(
				"Malaysian Defence Minister Mohamed Khaled Nordin hosted General Waker-uz-Zaman in Kuala Lumpur on Monday.",
				"2025-12-30");
		VisitCandidate visit = extraction.visits().get(0);
		assertThat(Articles.refs(visit.visitors(), extraction)).containsExactly("waker-uz-zaman");
		assertThat(Articles.ref(visit.hostCountry(), extraction)).isEqualTo("country-my");
		assertThat(Articles.ref(visit.fromCountry(), extraction)).isEqualTo("country-bd");
		assertThat(Articles.refs(visit.metWith(), extraction)).containsExactly("khaled-nordin");
		assertThat(visit.rule()).isEqualTo("visit.host-swap");
	}

	@Test
	void willAndIsExpectedToMakeAVisitPlanned() {
		Extraction extraction = Articles.extract("Ishaq Dar is expected to travel to Dhaka in January. "
				+ "Anwar Ibrahim will visit Islamabad next month.", "2025-12-30");
		assertThat(extraction.visits()).extracting(VisitCandidate::status)
			.containsExactly(FactStatus.PLANNED, FactStatus.PLANNED);
		assertThat(extraction.visits()).extracting((v) -> v.date().iso()).containsExactly("2026-01", "2026-01");
	}

	@Test
	void aPhoneCallIsAnEngagementAndNoVisit() {
		Extraction extraction = Articles.extract(
				"Muhammad Yunus spoke by phone with Prabowo Subianto on Tuesday about a visit to Jakarta.",
				"2025-11-20");
		assertThat(extraction.visits()).isEmpty();
		EngagementCandidate call = extraction.engagements().get(0);
		assertThat(call.kind()).isEqualTo(EngagementCandidate.Kind.PHONE_CALL);
		assertThat(Articles.refs(call.participants(), extraction)).containsExactly("muhammad-yunus",
				"prabowo-subianto");
		assertThat(call.date().iso()).isEqualTo("2025-11-18");
	}

	@Test
	void aMeetingInAThirdCountryIsAnEngagement() {
		Extraction extraction = Articles.extract("Touhid Hossain met Ishaq Dar on the sidelines of the UN General "
				+ "Assembly in New York on 24 September.", "2025-10-01");
		assertThat(extraction.visits()).isEmpty();
		EngagementCandidate meeting = extraction.engagements().get(0);
		assertThat(meeting.kind()).isEqualTo(EngagementCandidate.Kind.MEETING);
		assertThat(Articles.refs(meeting.countries(), extraction)).containsExactlyInAnyOrder("country-bd",
				"country-pk");
		assertThat(Articles.ref(meeting.hostCountry(), extraction)).isEqualTo("country-us");
		assertThat(meeting.place()).isEqualTo("New York");
		assertThat(meeting.occasion()).isEqualTo("UN General Assembly");
	}

	@Test
	void summitsExercisesConsultationsAndLettersAreEngagements() {
		assertThat(Articles
			.extract("Leaders of Egypt and Türkiye attended the D-8 summit in Cairo in December.", "2025-07-03")
			.engagements()).extracting(EngagementCandidate::kind).containsExactly(EngagementCandidate.Kind.SUMMIT);
		EngagementCandidate exercise = Articles
			.extract("Thailand and Bangladesh will hold a joint naval exercise in November.", "2025-03-20")
			.engagements()
			.get(0);
		assertThat(exercise.kind()).isEqualTo(EngagementCandidate.Kind.JOINT_EXERCISE);
		assertThat(exercise.status()).isEqualTo(FactStatus.PLANNED);
		assertThat(exercise.date().iso()).isEqualTo("2025-11");
		assertThat(
				Articles.extract("Pakistan and Saudi Arabia held defence consultations on 18 December.", "2026-01-05")
					.engagements())
			.extracting(EngagementCandidate::kind)
			.containsExactly(EngagementCandidate.Kind.CONSULTATIONS);
		assertThat(Articles.extract("Li Qiang sent a letter to Muhammad Yunus.", "2025-10-06").engagements())
			.extracting(EngagementCandidate::kind)
			.containsExactly(EngagementCandidate.Kind.MESSAGE);
	}

	@Test
	void withoutADateExpressionTheVisitTakesThePublicationMonthWithLessConfidence() {
		Extraction dated = Articles.extract("Hakan Fidan visited Dhaka on Monday.", "2026-03-04");
		Extraction undated = Articles.extract("Hakan Fidan visited Dhaka.", "2026-03-04");
		assertThat(undated.visits().get(0).date().iso()).isEqualTo("2026-03");
		assertThat(undated.visits().get(0).confidence()).isLessThan(dated.visits().get(0).confidence());
	}

}
