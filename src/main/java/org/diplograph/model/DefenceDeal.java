package org.diplograph.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An arms deal, agreement or offer, at the lifecycle step its sources support;
 * {@code revision} counts its changes from 1.
 */
@Document("deals")
public record DefenceDeal(@Id String id, String title, DealKind kind, DealStatus status, String buyerId,
		String supplierId, List<String> partyIds, List<DealItem> items, FuzzyDate date, List<Evidence> sources,
		List<String> articleIds, String sortKey, int revision, Origin origin) implements Fact {

	public static final String ID_PREFIX = "deal:";

	/**
	 * Every actor the deal involves: its parties (buyer and supplier among them) and the
	 * manufacturers of its items.
	 */
	public List<String> involvedIds() {
		Set<String> involved = new LinkedHashSet<>(this.partyIds);
		this.items.stream().map(DealItem::manufacturerId).filter(Objects::nonNull).forEach(involved::add);
		return List.copyOf(involved);
	}

	/** The deal with every reference to the actor {@code from} made to {@code to}. */
	public DefenceDeal withActor(String from, String to) {
		List<DealItem> swapped = this.items.stream()
			.map((item) -> new DealItem(item.system(), item.category(),
					References.swap(item.manufacturerId(), from, to), item.quantity(), item.plannedQuantity(),
					item.systemKey()))
			.toList();
		return new DefenceDeal(this.id, this.title, this.kind, this.status, References.swap(this.buyerId, from, to),
				References.swap(this.supplierId, from, to), References.swap(this.partyIds, from, to), swapped,
				this.date, this.sources, this.articleIds, this.sortKey, this.revision + 1, this.origin);
	}

	/** Sort key of a deal: the start of its period, undated last. */
	public static String sortKeyOf(FuzzyDate date) {
		return (date != null) ? date.start() : "9999-99-99";
	}

}
