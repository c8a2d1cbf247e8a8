package org.diplograph.model;

import java.util.List;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An arms deal, agreement or offer, at the lifecycle step its sources support. */
@Document("deals")
public record DefenceDeal(@Id String id, String title, DealKind kind, DealStatus status, String buyerId,
		String supplierId, List<String> partyIds, List<DealItem> items, FuzzyDate date, List<Evidence> sources,
		List<String> articleIds, String sortKey) {

	public static final String ID_PREFIX = "deal:";

	/** Sort key of a deal: the start of its period, undated last. */
	public static String sortKeyOf(FuzzyDate date) {
		return (date != null) ? date.start() : "9999-99-99";
	}

}
