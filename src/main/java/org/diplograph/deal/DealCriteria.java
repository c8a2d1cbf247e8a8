package org.diplograph.deal;

import java.util.List;

import org.diplograph.common.Conditions;
import org.diplograph.common.QueryFilter;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A deals filter with its actor references resolved to IDs and its system name folded,
 * matched anywhere in the folded name of an item's system.
 */
record DealCriteria(String partyId, String buyerId, String supplierId, DealKind kind, DealStatus status,
		String systemKey) implements QueryFilter {

	@Override
	public List<Criteria> criteria() {
		return new Conditions().is("partyIds", this.partyId)
			.is("buyerId", this.buyerId)
			.is("supplierId", this.supplierId)
			.is("kind", this.kind)
			.is("status", this.status)
			.containsText("items.systemKey", this.systemKey)
			.list();
	}

}
