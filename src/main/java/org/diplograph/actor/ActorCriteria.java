package org.diplograph.actor;

import java.util.List;

import org.diplograph.common.Conditions;
import org.diplograph.common.QueryFilter;
import org.diplograph.model.ActorKind;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * An actors filter with its name folded to a key, matched anywhere in any name or alias,
 * and its country resolved to an ID.
 */
record ActorCriteria(String nameKey, ActorKind kind, String countryId) implements QueryFilter {

	@Override
	public List<Criteria> criteria() {
		return new Conditions().containsText("searchText", this.nameKey)
			.is("kind", this.kind)
			.is("countryId", this.countryId)
			.list();
	}

}
