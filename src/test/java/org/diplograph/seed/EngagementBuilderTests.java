package org.diplograph.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.model.Actor;
import org.diplograph.model.Engagement;
import org.diplograph.model.EngagementKind;
import org.diplograph.model.VisitStatus;
import org.diplograph.seed.SeedEntries.EngagementEntry;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementBuilderTests {

	private final Problems problems = new Problems();

	private final Map<String, Actor> actors = SeedFixtures.actors(this.problems);

	@Test
	void engagementsInvolveParticipantsCountriesAndHostAndAreSortedByDateUndatedLast() {
		List<Engagement> engagements = build(
				engagement("call-without-date", "PHONE_CALL", List.of("haluk-gorgun"), List.of("country-bd"), null,
						null),
				engagement("2025-07-talks-in-dhaka", "MEETING", List.of("haluk-gorgun", "mke"),
						List.of("country-tr", "country-bd"), "country-bd", "2025-07"),
				engagement("2024-exercise", "JOINT_EXERCISE", List.of(), List.of("country-tr", "country-bd"), null,
						"2024-04/2025-10"));
		assertThat(this.problems.all()).isEmpty();
		assertThat(engagements).extracting(Engagement::id)
			.containsExactly("engagement:2024-exercise", "engagement:2025-07-talks-in-dhaka",
					"engagement:call-without-date");
		Engagement talks = engagements.get(1);
		assertThat(talks.kind()).isEqualTo(EngagementKind.MEETING);
		assertThat(talks.participantIds()).containsExactly("actor:haluk-gorgun", "actor:mke");
		assertThat(talks.countryIds()).containsExactly("actor:country-tr", "actor:country-bd");
		assertThat(talks.hostCountryId()).isEqualTo("actor:country-bd");
		assertThat(talks.involvedIds()).containsExactly("actor:haluk-gorgun", "actor:mke", "actor:country-tr",
				"actor:country-bd");
		assertThat(talks.status()).isEqualTo(VisitStatus.COMPLETED);
		assertThat(talks.articleIds()).containsExactly("article:100_fixture");
		assertThat(talks.sources()).singleElement()
			.satisfies((source) -> assertThat(source.quote()).isEqualTo("Dhaka"));
		Engagement exercise = engagements.get(0);
		assertThat(exercise.date().iso()).isEqualTo("2024-04");
		assertThat(exercise.date().until().iso()).isEqualTo("2025-10");
		assertThat(exercise.sortKey()).isEqualTo("2024-04-01");
		assertThat(engagements.get(2).date()).isNull();
		assertThat(engagements.get(2).sortKey()).isEqualTo("9999-99-99");
	}

	@Test
	void unknownActorsCountriesThatAreNotCountriesAndBadValuesNameTheEntry() {
		build(new EngagementEntry("2025-07-x", "GOSSIP", " ", List.of("nobody", "country-tr"),
				List.of("mke", "country-bd"), null, "haluk-gorgun", null, "2025-07", "DONE",
				List.of(SeedFixtures.source("Dhaka"))));
		assertThat(this.problems.all()).containsExactly(
				"engagements.yaml, entry 2025-07-x: kind is GOSSIP; expected one of [MEETING, PHONE_CALL, SUMMIT, "
						+ "JOINT_EXERCISE, CONSULTATIONS, MESSAGE, OTHER]",
				"engagements.yaml, entry 2025-07-x: summary is missing",
				"engagements.yaml, entry 2025-07-x: participants names nobody, which is not in actors.yaml",
				"engagements.yaml, entry 2025-07-x: participants are people and organisations; the country "
						+ "country-tr belongs in countries",
				"engagements.yaml, entry 2025-07-x: countries must name countries, and mke is not one",
				"engagements.yaml, entry 2025-07-x: hostCountry must name countries, and haluk-gorgun is not one",
				"engagements.yaml, entry 2025-07-x: status is DONE; expected one of [COMPLETED, PLANNED]");
	}

	@Test
	void idDateAndSourcesAreChecked() {
		build(engagement("2025-08-talks", "MEETING", List.of("haluk-gorgun"), List.of("country-bd"), null, "2025-07"),
				new EngagementEntry("2025-lonely", "MESSAGE", "A message to nobody", List.of(), List.of("country-bd"),
						null, null, null, "2025", "COMPLETED", List.of()),
				engagement("2024-span", "MEETING", List.of(), List.of("country-tr", "country-bd"), null,
						"2025-10/2024-04"));
		assertThat(this.problems.all()).containsExactly(
				"engagements.yaml, entry 2025-08-talks: id must begin with the year and month of its date, 2025-07",
				"engagements.yaml, entry 2025-lonely: an engagement needs at least two participants or countries "
						+ "taking part",
				"engagements.yaml, entry 2025-lonely: needs at least one source",
				"engagements.yaml, entry 2024-span: date The span 2025-10/2024-04 must end after it begins; "
						+ "a span's second date is a later period than its first.");
	}

	@Test
	void spanIdMayBeginWithTheYearOfEitherEnd() {
		build(engagement("2025-exchanges", "MEETING", List.of(), List.of("country-tr", "country-bd"), null,
				"2024-04/2025-10"),
				engagement("2024-exchanges", "MEETING", List.of(), List.of("country-tr", "country-bd"), null,
						"2024-04/2025-10"),
				engagement("2023-exchanges", "MEETING", List.of(), List.of("country-tr", "country-bd"), null,
						"2024-04/2025-10"));
		assertThat(this.problems.all()).containsExactly(
				"engagements.yaml, entry 2023-exchanges: id must begin with the year and month of its date, "
						+ "2024-04/2025-10");
	}

	private List<Engagement> build(EngagementEntry... entries) {
		return EngagementBuilder.build(List.of(entries), this.actors,
				SeedFixtures.evidence(this.problems, SeedFixtures.ARTICLE), this.problems);
	}

	private static EngagementEntry engagement(String slug, String kind, List<String> participants,
			List<String> countries, String host, String date) {
		return new EngagementEntry(slug, kind, "Talks of our own making", participants, countries, "Dhaka", host, null,
				date, "COMPLETED", List.of(SeedFixtures.source("Dhaka")));
	}

}
