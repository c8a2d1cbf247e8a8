package org.diplograph.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.diplograph.model.Actor;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;
import org.diplograph.model.DefenceDeal;
import org.diplograph.seed.SeedEntries.DealEntry;
import org.diplograph.seed.SeedEntries.ItemEntry;

import static org.assertj.core.api.Assertions.assertThat;

class DealBuilderTests {

	private final Problems problems = new Problems();

	private final Map<String, Actor> actors = SeedFixtures.actors(this.problems);

	@Test
	void buyerAndSupplierComeFirstAmongThePartiesAndUndatedDealsLast() {
		List<DefenceDeal> deals = build(
				deal("howitzers", null,
						List.of(new ItemEntry("MKE Borán 105-mm howitzer", "artillery", "mke", 18, 200))),
				deal("frigates", "2024", List.of()));
		assertThat(this.problems.all()).isEmpty();
		assertThat(deals).extracting(DefenceDeal::id).containsExactly("deal:frigates", "deal:howitzers");
		DefenceDeal howitzers = deals.get(1);
		assertThat(howitzers.partyIds()).containsExactly("actor:country-bd", "actor:country-tr", "actor:mke");
		assertThat(howitzers.kind()).isEqualTo(DealKind.PROCUREMENT);
		assertThat(howitzers.status()).isEqualTo(DealStatus.SIGNED);
		assertThat(howitzers.sortKey()).isEqualTo("9999-99-99");
		assertThat(howitzers.items()).singleElement().satisfies((item) -> {
			assertThat(item.manufacturerId()).isEqualTo("actor:mke");
			assertThat(item.systemKey()).isEqualTo("mkeboran105mmhowitzer");
			assertThat(item.plannedQuantity()).isEqualTo(200);
		});
		assertThat(howitzers.sources()).extracting((source) -> source.quote()).containsExactly("eighteen howitzers");
		assertThat(deals.get(0).sortKey()).isEqualTo("2024-01-01");
	}

	@Test
	void itemsNeedASystemAndNoNegativeQuantity() {
		build(deal("tanks", null,
				List.of(new ItemEntry(" ", null, null, 1, null), new ItemEntry("Light tank", null, "nobody", -2, 10))));
		assertThat(this.problems.all()).containsExactly("deals.yaml, entry tanks: an item has no system",
				"deals.yaml, entry tanks: item Light tank has a negative quantity",
				"deals.yaml, entry tanks: item manufacturer names nobody, which is not in actors.yaml");
	}

	private List<DefenceDeal> build(DealEntry... entries) {
		return DealBuilder.build(List.of(entries), this.actors,
				SeedFixtures.evidence(this.problems, SeedFixtures.ARTICLE), this.problems);
	}

	private static DealEntry deal(String slug, String date, List<ItemEntry> items) {
		return new DealEntry(slug, "Deal " + slug, "PROCUREMENT", "SIGNED", "country-bd", "country-tr",
				List.of("mke", "country-bd"), items, date, List.of(SeedFixtures.source("eighteen howitzers")));
	}

}
