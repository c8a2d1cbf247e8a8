package org.diplograph.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.model.Actor;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitStatus;
import org.diplograph.seed.SeedEntries.VisitEntry;

import static org.assertj.core.api.Assertions.assertThat;

class VisitBuilderTests {

	private final Problems problems = new Problems();

	private final Map<String, Actor> actors = SeedFixtures.actors(this.problems);

	@Test
	void visitsInvolveEveryoneOnceAndAreSortedByDate() {
		List<Visit> visits = build(visit("2025-09-haluk-gorgun-dhaka", "2025-09-01"),
				visit("2025-07-haluk-gorgun-dhaka", "2025-07"));
		assertThat(this.problems.all()).isEmpty();
		assertThat(visits).extracting(Visit::id)
			.containsExactly("visit:2025-07-haluk-gorgun-dhaka", "visit:2025-09-haluk-gorgun-dhaka");
		Visit visit = visits.get(0);
		assertThat(visit.visitorIds()).containsExactly("actor:haluk-gorgun");
		assertThat(visit.fromCountryId()).isEqualTo("actor:country-tr");
		assertThat(visit.hostCountryId()).isEqualTo("actor:country-bd");
		assertThat(visit.involvedIds()).containsExactly("actor:haluk-gorgun", "actor:country-tr", "actor:country-bd");
		assertThat(visit.status()).isEqualTo(VisitStatus.COMPLETED);
		assertThat(visit.sources()).singleElement()
			.satisfies((source) -> assertThat(source.quote()).isEqualTo("Dhaka"));
		assertThat(visit.articleIds()).containsExactly("article:100_fixture");
	}

	@Test
	void idMustBeAUniqueSlugStartingWithTheVisitsMonth() {
		build(visit("2025-07-haluk-gorgun-dhaka", "2025-08"), visit("2025-08-x", "2025-08"),
				visit("2025-08-x", "2025-08"));
		assertThat(this.problems.all()).containsExactly(
				"visits.yaml, entry 2025-07-haluk-gorgun-dhaka: id must begin with the year and month of its date, 2025-08",
				"visits.yaml, entry 2025-08-x: id must be a unique lower-case slug");
	}

	@Test
	void originAndHostMustBeKnownCountries() {
		build(new VisitEntry("2025-07-x", "A visit", List.of("haluk-gorgun", "nobody"), null, "haluk-gorgun", null,
				null, "2025-07", null, "COMPLETED", null, List.of(SeedFixtures.source("Dhaka"))));
		assertThat(this.problems.all()).containsExactly(
				"visits.yaml, entry 2025-07-x: visitors names nobody, which is not in actors.yaml",
				"visits.yaml, entry 2025-07-x: from is missing",
				"visits.yaml, entry 2025-07-x: host must be a country, and haluk-gorgun is not");
	}

	private List<Visit> build(VisitEntry... entries) {
		return VisitBuilder.build(List.of(entries), this.actors,
				SeedFixtures.evidence(this.problems, SeedFixtures.ARTICLE), this.problems);
	}

	private static VisitEntry visit(String slug, String date) {
		return new VisitEntry(slug, "Haluk Görgün in Dhaka", List.of("haluk-gorgun"), "country-tr", "country-bd",
				"Dhaka", "talks", date, 2, "COMPLETED", List.of(), List.of(SeedFixtures.source("Dhaka")));
	}

}
