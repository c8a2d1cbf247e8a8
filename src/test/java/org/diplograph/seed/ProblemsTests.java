package org.diplograph.seed;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.diplograph.common.FuzzyDate;
import org.diplograph.model.VisitStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ProblemsTests {

	private static final String WHERE = "visits.yaml, entry 2025-07-x";

	private final Problems problems = new Problems();

	@Test
	void datesAreParsedAndMissingOrMalformedOnesNamed() {
		assertThat(this.problems.date(WHERE, "date", "2025-07")).isEqualTo(FuzzyDate.parse("2025-07"));
		assertThat(this.problems.optionalDate(WHERE, "until", null)).isNull();
		assertThat(this.problems.date(WHERE, "date", null)).isNull();
		assertThat(this.problems.optionalDate(WHERE, "since", "2025-13")).isNull();
		assertThat(this.problems.all()).containsExactly(WHERE + ": date is missing",
				WHERE + ": since '2025-13' has month 13; a month is 01 to 12.");
	}

	@Test
	void enumValueOutsideTheEnumListsTheValuesAllowed() {
		assertThat(this.problems.enumValue(WHERE, "status", VisitStatus.class, "PLANNED"))
			.isEqualTo(VisitStatus.PLANNED);
		assertThat(this.problems.enumValue(WHERE, "status", VisitStatus.class, "done")).isNull();
		assertThat(this.problems.enumValue(WHERE, "status", VisitStatus.class, null)).isNull();
		assertThat(this.problems.all()).containsExactly(
				WHERE + ": status is done; expected one of [COMPLETED, PLANNED]",
				WHERE + ": status is null; expected one of [COMPLETED, PLANNED]");
	}

	@Test
	void actorSlugsBecomeIdsAndUnknownOnesAreNamed() {
		Set<String> known = Set.of("country-bd", "haluk-gorgun");
		assertThat(this.problems.actor(WHERE, "host", "country-bd", known)).isEqualTo("actor:country-bd");
		assertThat(this.problems.actor(WHERE, "host", null, known)).isNull();
		assertThat(this.problems.actors(WHERE, "visitors", List.of("haluk-gorgun", "nobody"), known))
			.containsExactly("actor:haluk-gorgun");
		assertThat(this.problems.actors(WHERE, "metWith", null, known)).isEmpty();
		assertThat(this.problems.all()).containsExactly(WHERE + ": visitors names nobody, which is not in actors.yaml");
	}

	@Test
	void slugsAreLowerCaseWordsJoinedByHyphens() {
		assertThat(Problems.isSlug("2025-07-haluk-gorgun-dhaka")).isTrue();
		assertThat(Problems.isSlug("Haluk-Gorgun")).isFalse();
		assertThat(Problems.isSlug("haluk--gorgun")).isFalse();
		assertThat(Problems.isSlug("-x")).isFalse();
		assertThat(Problems.isSlug(null)).isFalse();
	}

	@Test
	void eachEntryIsBuiltWithWhereItsProblemsGoAndItsIdChecked() {
		List<String> built = this.problems.eachEntry("deals.yaml", List.of("boran", "Tulpar", "boran"), (id) -> id,
				(id, where) -> where);
		assertThat(built).containsExactly("deals.yaml, entry boran", "deals.yaml, entry Tulpar",
				"deals.yaml, entry boran");
		assertThat(this.problems.all()).containsExactly("deals.yaml, entry Tulpar: id must be a unique lower-case slug",
				"deals.yaml, entry boran: id must be a unique lower-case slug");
	}

	@Test
	void nothingStopsTheLoadUntilAProblemIsFoundAndThenAllAreReported() {
		assertThatNoException().isThrownBy(this.problems::throwIfAny);
		this.problems.add("deals.yaml, entry a: title is missing");
		this.problems.add("deals.yaml, entry b: title is missing");
		assertThatExceptionOfType(SeedException.class).isThrownBy(this.problems::throwIfAny)
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly("deals.yaml, entry a: title is missing",
					"deals.yaml, entry b: title is missing"));
	}

}
