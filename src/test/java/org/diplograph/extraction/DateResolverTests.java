package org.diplograph.extraction;

import java.util.List;

import org.diplograph.common.DatePrecision;
import org.diplograph.common.FuzzyDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date expressions resolved against the publication date, backwards for what happened and
 * forwards for plans, across month and year boundaries.
 */
class DateResolverTests {

	private static String resolve(String text, String published, boolean planned) {
		List<DateResolver.DateMention> mentions = DateResolver.resolve(text, 0, FuzzyDate.parse(published), planned);
		assertThat(mentions).as(text).isNotEmpty();
		return mentions.get(0).date().iso();
	}

	@Test
	void aWeekdayInThePastIsTheLatestOneOnOrBeforePublication() {
		// Wednesday 4 March 2026
		assertThat(resolve("arrived on Monday", "2026-03-04", false)).isEqualTo("2026-03-02");
		assertThat(resolve("arrived on Wednesday", "2026-03-04", false)).isEqualTo("2026-03-04");
		assertThat(resolve("arrived last Wednesday", "2026-03-04", false)).isEqualTo("2026-02-25");
		assertThat(resolve("will arrive on Friday", "2026-03-04", true)).isEqualTo("2026-03-06");
		assertThat(resolve("met on Saturday", "2026-01-01", false)).isEqualTo("2025-12-27");
	}

	@Test
	void aMonthIsTheLatestNotAfterPublicationOrTheNextForAPlan() {
		assertThat(resolve("visited in July", "2026-03-04", false)).isEqualTo("2025-07");
		assertThat(resolve("will visit in July", "2026-03-04", true)).isEqualTo("2026-07");
		assertThat(resolve("visited in March", "2026-03-04", false)).isEqualTo("2026-03");
		assertThat(resolve("visited in December", "2026-01-12", false)).isEqualTo("2025-12");
		assertThat(resolve("will visit in January", "2025-12-30", true)).isEqualTo("2026-01");
		assertThat(resolve("will visit in December", "2025-12-30", true)).isEqualTo("2025-12");
		assertThat(resolve("talks last July", "2025-07-20", false)).isEqualTo("2024-07");
		assertThat(resolve("in February 2026", "2025-10-01", false)).isEqualTo("2026-02");
	}

	@Test
	void relativeExpressionsCountFromPublication() {
		assertThat(resolve("signed last year", "2026-01-05", false)).isEqualTo("2025");
		assertThat(resolve("will sign next month", "2025-12-10", true)).isEqualTo("2026-01");
		assertThat(resolve("visited last week", "2026-01-05", false)).isEqualTo("2025-12");
		assertThat(resolve("met earlier this month", "2026-01-05", false)).isEqualTo("2026-01");
		assertThat(resolve("arrived yesterday", "2026-01-01", false)).isEqualTo("2025-12-31");
		assertThat(resolve("two years ago", "2026-01-01", false)).isEqualTo("2024");
		assertThat(resolve("bought in 2024", "2026-01-01", false)).isEqualTo("2024");
	}

	@Test
	void daysOfMonthWithAndWithoutYear() {
		assertThat(resolve("met on 22 August", "2025-08-10", false)).isEqualTo("2024-08-22");
		assertThat(resolve("met on 22 August", "2025-09-10", false)).isEqualTo("2025-08-22");
		assertThat(resolve("will meet on 5 January", "2025-12-20", true)).isEqualTo("2026-01-05");
		assertThat(resolve("on August 22, 2025", "2026-01-01", false)).isEqualTo("2025-08-22");
		assertThat(resolve("arrived on Jan. 5", "2026-01-10", false)).isEqualTo("2026-01-05");
		List<DateResolver.DateMention> range = DateResolver.resolve("from 3 to 5 March", 0,
				FuzzyDate.parse("2026-03-20"), false);
		assertThat(range.get(0).date().iso()).isEqualTo("2026-03-03");
		assertThat(range.get(0).days()).isEqualTo(3);
	}

	@Test
	void aPublicationDateKnownOnlyToTheMonthBoundsTheResolution() {
		assertThat(resolve("arrived on Tuesday", "2025-07", false)).isEqualTo("2025-07");
		assertThat(resolve("visited in May", "2025", false)).isEqualTo("2025-05");
		assertThat(DateResolver.fallback(FuzzyDate.parse("2026-03-04")).precision()).isEqualTo(DatePrecision.MONTH);
		assertThat(DateResolver.fallback(FuzzyDate.parse("2025")).iso()).isEqualTo("2025");
	}

	@Test
	void wordsThatOnlyLookLikeDatesAreNone() {
		assertThat(DateResolver.resolve("He may visit. May God help.", 0, FuzzyDate.parse("2025-05-01"), false))
			.isEmpty();
		assertThat(DateResolver.resolve("The 1971 war", 0, FuzzyDate.parse("2025-05-01"), false)).isEmpty();
		List<DateResolver.DateMention> offsets = DateResolver.resolve("It ended in May.", 100,
				FuzzyDate.parse("2025-06-01"), false);
		assertThat(offsets.get(0).start()).isEqualTo(109);
		assertThat(offsets.get(0).end()).isEqualTo(115);
	}

}
