package org.diplograph.extraction;

import java.util.List;
import java.util.Set;

import org.diplograph.common.FuzzyDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking existing facts a candidate may duplicate: shared actors, overlapping dates at
 * their precision, the same place or system; best first, nothing merged.
 */
class SimilarFactsTests {

	private static VisitCandidate visit(String visitor, String date, String place) {
		return new VisitCandidate(List.of(ActorRef.known(visitor)), ActorRef.known("country-tr"),
				ActorRef.known("country-bd"), place, null, FuzzyDate.parse(date), null, FactStatus.COMPLETED, List.of(),
				List.of(new TextRange(0, 10)), 0.8, "visit.travel-verb");
	}

	private static ExistingFact fact(String id, String principal, String date, String place) {
		return new ExistingFact(id, Set.of(principal), Set.of("country-tr", "country-bd"), FuzzyDate.parse(date), place,
				List.of());
	}

	@Test
	void theSameVisitorAtAnOverlappingDateAndPlaceRanksFirst() {
		VisitCandidate candidate = visit("haluk-gorgun", "2025-07-22", "Dhaka");
		List<SimilarFact> similar = SimilarFacts.rank(candidate,
				List.of(fact("visit:2025-07-other", "hakan-fidan", "2025-07", "Dhaka"),
						fact("visit:2025-07-haluk-gorgun-chattogram", "haluk-gorgun", "2025-07", "Chattogram"),
						fact("visit:2025-07-haluk-gorgun-dhaka", "haluk-gorgun", "2025-07", "Dhaka"),
						fact("visit:2024-03-haluk-gorgun-dhaka", "haluk-gorgun", "2024-03", "Dhaka")));
		assertThat(similar).extracting(SimilarFact::id)
			.containsExactly("visit:2025-07-haluk-gorgun-dhaka", "visit:2025-07-haluk-gorgun-chattogram");
		assertThat(similar.get(0).score()).isGreaterThan(similar.get(1).score());
	}

	@Test
	void aDealOfTheSameSystemIsSimilarWhateverItsDate() {
		DealCandidate candidate = new DealCandidate(DealCandidate.Kind.PROCUREMENT, DealCandidate.Status.DELIVERED,
				ActorRef.known("country-bd"), ActorRef.known("country-tr"), List.of(),
				List.of(new DealItemCandidate("Boran howitzer", "Artillery", null, 18, null)),
				FuzzyDate.parse("2026-02"), List.of(new TextRange(0, 10)), 0.7, "deal.system-deliver");
		List<SimilarFact> similar = SimilarFacts.rank(candidate,
				List.of(new ExistingFact("deal:boran-howitzers", Set.of("mke"), Set.of("country-bd", "country-tr"),
						FuzzyDate.parse("2024"), null, List.of("MKE Boran 105mm howitzer")),
						new ExistingFact("deal:tulpar", Set.of("otokar"), Set.of("country-bd", "country-tr"),
								FuzzyDate.parse("2025-06"), null, List.of("Otokar Tulpar light tank"))));
		assertThat(similar).extracting(SimilarFact::id).containsExactly("deal:boran-howitzers");
	}

	@Test
	void nothingSharedIsNothingSimilar() {
		assertThat(SimilarFacts.rank(visit("haluk-gorgun", "2025-07", null), List.of())).isEmpty();
		EngagementCandidate call = new EngagementCandidate(EngagementCandidate.Kind.PHONE_CALL,
				List.of(ActorRef.known("muhammad-yunus")), List.of(ActorRef.known("country-bd")), null, null, null,
				FuzzyDate.parse("2025-11-18"), FactStatus.COMPLETED, List.of(new TextRange(0, 5)), 0.8,
				"engagement.call");
		assertThat(SimilarFacts.rank(call, List.of(new ExistingFact("engagement:x", Set.of("shehbaz-sharif"),
				Set.of("country-pk"), FuzzyDate.parse("2025-11"), null, List.of()))))
			.isEmpty();
	}

}
