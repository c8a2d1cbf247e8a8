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
		List<String> articleIds, String sortKey, int revision, Origin origin) {

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

	/** Sort key of a deal: the start of its period, undated last. */
	public static String sortKeyOf(FuzzyDate date) {
		return (date != null) ? date.start() : "9999-99-99";
	}

}
