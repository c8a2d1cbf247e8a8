package org.diplograph.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.common.Evidence;
import org.diplograph.seed.SeedEntries.ArticleEntry;
import org.diplograph.seed.SeedEntries.SourceEntry;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceBuilderTests {

	private final Problems problems = new Problems();

	@Test
	void evidenceQuotesItsRangeOfTheCleanedBody() {
		List<Evidence> evidence = SeedFixtures.evidence(this.problems, SeedFixtures.ARTICLE)
			.evidence("visits.yaml, entry v", List.of(SeedFixtures.source("Bangladesh agreed"),
					SeedFixtures.source("Haluk Gorgun reached Dhaka")));
		assertThat(this.problems.all()).isEmpty();
		assertThat(evidence).extracting(Evidence::quote)
			.containsExactly("Bangladesh agreed", "Haluk Gorgun reached Dhaka");
		assertThat(evidence.get(0)).isEqualTo(new Evidence("article:100_fixture", "Bangladesh agreed",
				SeedFixtures.BODY.indexOf("Bangladesh"), SeedFixtures.BODY.indexOf(" to buy")));
		assertThat(EvidenceBuilder.articleIds(evidence)).containsExactly("article:100_fixture");
	}

	@Test
	void rangesOutsideTheBodyAndUnknownArticlesAreNamedBySource() {
		int length = SeedFixtures.BODY.length();
		List<Evidence> evidence = SeedFixtures.evidence(this.problems, SeedFixtures.ARTICLE)
			.evidence("deals.yaml, entry d",
					List.of(new SourceEntry("100_fixture", 10, length + 1), new SourceEntry("100_fixture", 9, 9),
							new SourceEntry("100_fixture", null, 5), new SourceEntry("999_none", 0, 5)));
		assertThat(evidence).isEmpty();
		assertThat(this.problems.all()).containsExactly(
				"deals.yaml, entry d, source 1: the range 10-" + (length + 1)
						+ " is not within the body of 100_fixture (0-" + length + ")",
				"deals.yaml, entry d, source 2: the range 9-9 is not within the body of 100_fixture (0-" + length + ")",
				"deals.yaml, entry d, source 3: the range null-5 is not within the body of 100_fixture (0-" + length
						+ ")",
				"deals.yaml, entry d, source 4: no article 999_none in articles.yaml");
	}

	@Test
	void anArticleListedButRefusedIsNotReportedAgain() {
		EvidenceBuilder builder = new EvidenceBuilder(Map.of(),
				List.of(new ArticleEntry("100_fixture.txt", "f".repeat(64), null, null, null, null)), this.problems);
		assertThat(builder.evidence("visits.yaml, entry v", List.of(SeedFixtures.source("Dhaka")))).isEmpty();
		assertThat(this.problems.all()).isEmpty();
	}

	@Test
	void everyVisitAndDealNeedsASource() {
		EvidenceBuilder builder = SeedFixtures.evidence(this.problems, SeedFixtures.ARTICLE);
		assertThat(builder.evidence("visits.yaml, entry v", null)).isEmpty();
		assertThat(builder.evidence("deals.yaml, entry d", List.of())).isEmpty();
		assertThat(this.problems.all()).containsExactly("visits.yaml, entry v: needs at least one source",
				"deals.yaml, entry d: needs at least one source");
	}

}
