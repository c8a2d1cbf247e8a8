package org.diplograph.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FuzzyDateTests {

	@Test
	void parseYear() {
		FuzzyDate date = FuzzyDate.parse("2025");
		assertThat(date.year()).isEqualTo(2025);
		assertThat(date.month()).isNull();
		assertThat(date.day()).isNull();
		assertThat(date.precision()).isEqualTo(DatePrecision.YEAR);
		assertThat(date.iso()).isEqualTo("2025");
		assertThat(date.start()).isEqualTo("2025-01-01");
		assertThat(date.end()).isEqualTo("2025-12-31");
	}

	@Test
	void parseMonth() {
		FuzzyDate date = FuzzyDate.parse("2025-07");
		assertThat(date.year()).isEqualTo(2025);
		assertThat(date.month()).isEqualTo(7);
		assertThat(date.day()).isNull();
		assertThat(date.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(date.iso()).isEqualTo("2025-07");
		assertThat(date.start()).isEqualTo("2025-07-01");
		assertThat(date.end()).isEqualTo("2025-07-31");
	}

	@Test
	void monthEndsOnItsLastDayLeapYearsIncluded() {
		assertThat(FuzzyDate.parse("2024-02").end()).isEqualTo("2024-02-29");
		assertThat(FuzzyDate.parse("2025-02").end()).isEqualTo("2025-02-28");
		assertThat(FuzzyDate.parse("2025-04").end()).isEqualTo("2025-04-30");
		assertThat(FuzzyDate.parse("2025-12").end()).isEqualTo("2025-12-31");
	}

	@Test
	void parseDay() {
		FuzzyDate date = FuzzyDate.parse("2025-08-23");
		assertThat(date.year()).isEqualTo(2025);
		assertThat(date.month()).isEqualTo(8);
		assertThat(date.day()).isEqualTo(23);
		assertThat(date.precision()).isEqualTo(DatePrecision.DAY);
		assertThat(date.iso()).isEqualTo("2025-08-23");
		assertThat(date.start()).isEqualTo("2025-08-23");
		assertThat(date.end()).isEqualTo("2025-08-23");
	}

	@Test
	void leapDayIsADayOfTheCalendarInALeapYear() {
		assertThat(FuzzyDate.parse("2024-02-29").iso()).isEqualTo("2024-02-29");
	}

	@Test
	void surroundingWhitespaceIsIgnored() {
		assertThat(FuzzyDate.parse("  2025-07 ").iso()).isEqualTo("2025-07");
	}

	@Test
	void ofBuildsTheSameDateAsParse() {
		assertThat(FuzzyDate.of(2025, null, null)).isEqualTo(FuzzyDate.parse("2025"));
		assertThat(FuzzyDate.of(2025, 7, null)).isEqualTo(FuzzyDate.parse("2025-07"));
		assertThat(FuzzyDate.of(2025, 8, 23)).isEqualTo(FuzzyDate.parse("2025-08-23"));
		assertThat(FuzzyDate.of(987, null, null).iso()).isEqualTo("0987");
	}

	@Test
	void monthOutOfRangeSaysAMonthIs01To12() {
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("2025-13"))
			.withMessageContaining("'2025-13'")
			.withMessageContaining("month 13")
			.withMessageContaining("01 to 12");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("2025-00-10"))
			.withMessageContaining("month 0;");
	}

	@Test
	void wordsAreNotAnIsoDate() {
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("July 2025"))
			.withMessageContaining("'July 2025' is not an ISO date")
			.withMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
	}

	@Test
	void dayThatDoesNotExistSaysHowManyDaysTheMonthHas() {
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("2025-02-30"))
			.withMessageContaining("'2025-02-30' is not a day of the calendar")
			.withMessageContaining("2025-02 has 28 days");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("2025-02-29"))
			.withMessageContaining("2025-02 has 28 days");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("2025-07-00"))
			.withMessageContaining("2025-07 has 31 days");
	}

	@Test
	void emptyOrBlankDateSaysItIsEmpty() {
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse(""))
			.withMessageContaining("empty");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("   "))
			.withMessageContaining("empty");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse(null))
			.withMessageContaining("empty");
	}

	@Test
	void wrongNumberOfDigitsIsNotAnIsoDate() {
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("20255"))
			.withMessageContaining("'20255' is not an ISO date");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("2025-7"))
			.withMessageContaining("'2025-7' is not an ISO date");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("25-07-01"))
			.withMessageContaining("not an ISO date");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("2025/07/01"))
			.withMessageContaining("not an ISO date");
	}

	@Test
	void longInputIsAbbreviatedInTheMessage() {
		String input = "x".repeat(500);
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse(input))
			.withMessageContaining("'" + "x".repeat(40) + "...'")
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(200));
	}

	@Test
	void invalidDateIsABadRequest() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> FuzzyDate.parse("2025-13"));
	}

	@Test
	void overlapsWhenThePeriodsShareADay() {
		FuzzyDate july = FuzzyDate.parse("2025-07");
		assertThat(july.overlaps(FuzzyDate.parse("2025"), FuzzyDate.parse("2025"))).isTrue();
		assertThat(july.overlaps(FuzzyDate.parse("2025-07-31"), null)).isTrue();
		assertThat(july.overlaps(null, FuzzyDate.parse("2025-07-01"))).isTrue();
		assertThat(july.overlaps(FuzzyDate.parse("2025-06"), FuzzyDate.parse("2025-08"))).isTrue();
		assertThat(FuzzyDate.parse("2025").overlaps(FuzzyDate.parse("2025-12-31"), null)).isTrue();
		assertThat(FuzzyDate.parse("2025-08-23").overlaps(FuzzyDate.parse("2025-08"), FuzzyDate.parse("2025-08")))
			.isTrue();
	}

	@Test
	void doesNotOverlapAPeriodBeforeOrAfterIt() {
		FuzzyDate july = FuzzyDate.parse("2025-07");
		assertThat(july.overlaps(FuzzyDate.parse("2025-08"), null)).isFalse();
		assertThat(july.overlaps(FuzzyDate.parse("2025-08-01"), null)).isFalse();
		assertThat(july.overlaps(null, FuzzyDate.parse("2025-06-30"))).isFalse();
		assertThat(july.overlaps(FuzzyDate.parse("2026"), FuzzyDate.parse("2027"))).isFalse();
		assertThat(FuzzyDate.parse("2025-08-23").overlaps(FuzzyDate.parse("2025-08-24"), null)).isFalse();
	}

	@Test
	void spanKeepsItsFirstDatesFieldsAndEndsWithItsSecond() {
		FuzzyDate span = FuzzyDate.parseSpan("2024-04/2025-10");
		assertThat(span.iso()).isEqualTo("2024-04");
		assertThat(span.precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(span.year()).isEqualTo(2024);
		assertThat(span.month()).isEqualTo(4);
		assertThat(span.until()).isEqualTo(FuzzyDate.parse("2025-10"));
		assertThat(span.start()).isEqualTo("2024-04-01");
		assertThat(span.end()).isEqualTo("2025-10-31");
		assertThat(span.isSpan()).isTrue();
		assertThat(span.isoSpan()).isEqualTo("2024-04/2025-10");
		assertThat(FuzzyDate.parseSpan("2024-08/2025").end()).isEqualTo("2025-12-31");
		assertThat(FuzzyDate.parseSpan("2025-07")).isEqualTo(FuzzyDate.parse("2025-07"));
		assertThat(FuzzyDate.parse("2025-07").isoSpan()).isEqualTo("2025-07");
	}

	@Test
	void spanOverlapsARangeThatMeetsAnyPartOfIt() {
		FuzzyDate span = FuzzyDate.parseSpan("2024-04/2025-10");
		assertThat(span.overlaps(FuzzyDate.parse("2025-10"), null)).isTrue();
		assertThat(span.overlaps(null, FuzzyDate.parse("2024-04-01"))).isTrue();
		assertThat(span.overlaps(FuzzyDate.parse("2024-12"), FuzzyDate.parse("2024-12"))).isTrue();
		assertThat(span.overlaps(FuzzyDate.parse("2025-11"), null)).isFalse();
		assertThat(span.overlaps(null, FuzzyDate.parse("2024-03"))).isFalse();
	}

	@Test
	void spanThatDoesNotEndAfterItBeginsIsRefused() {
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parseSpan("2025-10/2024-04"))
			.withMessageContaining("must end after it begins");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parseSpan("2025/2025"))
			.withMessageContaining("must end after it begins");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parseSpan("2024/2025/2026"))
			.withMessageContaining("not a span");
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parseSpan("2024/July"))
			.withMessageContaining("'July' is not an ISO date");
		// a filter argument is one date, never a span
		assertThatExceptionOfType(InvalidDateException.class).isThrownBy(() -> FuzzyDate.parse("2024/2025"))
			.withMessageContaining("not an ISO date");
	}

	@Test
	void openRangeOverlapsEverything() {
		assertThat(FuzzyDate.parse("1974").overlaps(null, null)).isTrue();
	}

}
