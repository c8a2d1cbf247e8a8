package org.diplograph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deals: the status from the governing verb, MoUs, items with system, category, maker and
 * quantities, buyer and supplier as countries.
 */
class DealRuleTests {

	private static DealCandidate only(String text, String published) {
		Extraction extraction = Articles.extract(text, published);
		assertThat(extraction.deals()).as(text).hasSize(1);
		return extraction.deals().get(0);
	}

	@Test
	void anOrderIsSignedWithItsItem() {
		String text = "Bangladesh has ordered 18 Boran howitzers from MKE, the Turkish state manufacturer.";
		Extraction extraction = Articles.extract(text, "2025-06-03");
		DealCandidate deal = extraction.deals().get(0);
		assertThat(deal.kind()).isEqualTo(DealCandidate.Kind.PROCUREMENT);
		assertThat(deal.status()).isEqualTo(DealCandidate.Status.SIGNED);
		assertThat(Articles.ref(deal.buyer(), extraction)).isEqualTo("country-bd");
		assertThat(Articles.ref(deal.supplier(), extraction)).isEqualTo("country-tr");
		DealItemCandidate item = deal.items().get(0);
		assertThat(item.system()).isEqualTo("Boran howitzer");
		assertThat(item.category()).isEqualTo("Artillery");
		assertThat(item.quantity()).isEqualTo(18);
		assertThat(Articles.ref(item.manufacturer(), extraction)).isEqualTo("mke");
		assertThat(Articles.refs(deal.parties(), extraction)).containsExactly("mke");
	}

	@Test
	void theFirstVerbOfAChainGivesTheStatus() {
		assertThat(only("Bangladesh is considering buying Otokar Tulpar light tanks.", "2025-06-03").status())
			.isEqualTo(DealCandidate.Status.UNDER_CONSIDERATION);
		assertThat(only("Pakistan has offered JF-17 fighter jets to Bangladesh.", "2025-08-14").status())
			.isEqualTo(DealCandidate.Status.OFFERED);
		assertThat(only("Dhaka has shown interest in Chinese J-10C fighters.", "2025-08-14").status())
			.isEqualTo(DealCandidate.Status.INTEREST);
		assertThat(only("Pakistan is negotiating the purchase of Akinci drones from Baykar.", "2026-02-18").status())
			.isEqualTo(DealCandidate.Status.NEGOTIATING);
	}

	@Test
	void aDeliveryCountsWhatArrivedAndWhatIsPlanned() {
		String text = "Türkiye delivered the first six T-129 helicopters to Pakistan last week, out of a total of 30.";
		Extraction extraction = Articles.extract(text, "2026-02-18");
		DealCandidate deal = extraction.deals().get(0);
		assertThat(deal.status()).isEqualTo(DealCandidate.Status.DELIVERED);
		assertThat(Articles.ref(deal.buyer(), extraction)).isEqualTo("country-pk");
		assertThat(deal.items().get(0).quantity()).isEqualTo(6);
		assertThat(deal.items().get(0).plannedQuantity()).isEqualTo(30);
		assertThat(deal.date().iso()).isEqualTo("2026-02");
	}

	@Test
	void aPlanToBuyIsPlannedWithAPlannedQuantity() {
		DealCandidate deal = only("Egypt plans to acquire up to 24 JF-17 jets.", "2025-06-11");
		assertThat(deal.status()).isEqualTo(DealCandidate.Status.PLANNED);
		assertThat(deal.items().get(0).plannedQuantity()).isEqualTo(24);
		assertThat(deal.items().get(0).quantity()).isNull();
	}

	@Test
	void aMemorandumIsAnMouBetweenItsParties() {
		String text = "Bangladesh and Türkiye signed a memorandum of understanding on defence industry cooperation "
				+ "in Ankara on 9 September.";
		Extraction extraction = Articles.extract(text, "2025-09-15");
		DealCandidate deal = extraction.deals().get(0);
		assertThat(deal.kind()).isEqualTo(DealCandidate.Kind.MOU);
		assertThat(deal.status()).isEqualTo(DealCandidate.Status.SIGNED);
		assertThat(Articles.refs(deal.parties(), extraction)).containsExactlyInAnyOrder("country-bd", "country-tr");
		assertThat(deal.buyer()).isNull();
		assertThat(deal.date().iso()).isEqualTo("2025-09-09");
	}

	@Test
	void sentencesWithoutATriggerOrASystemProposeNothing() {
		assertThat(Articles.extract("The helicopters will be based near Multan.", "2026-02-18").deals()).isEmpty();
		assertThat(Articles.extract("Bangladesh and Pakistan signed the visitors' book.", "2026-02-18").deals())
			.isEmpty();
	}

}
