package org.diplograph.engagement;

import java.util.List;

import org.diplograph.common.Conditions;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.QueryFilter;
import org.diplograph.model.EngagementKind;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * An engagements filter with its actor reference resolved to an ID and its dates parsed.
 */
record EngagementCriteria(String involvedId, EngagementKind kind, FuzzyDate from, FuzzyDate to) implements QueryFilter {

	@Override
	public List<Criteria> criteria() {
		Conditions conditions = new Conditions().is("involvedIds", this.involvedId).is("kind", this.kind);
		if (this.from != null || this.to != null) {
			// an undated engagement cannot be placed in a range
			conditions.and(Criteria.where("date").ne(null));
		}
		return conditions.overlaps("date", this.from, this.to).list();
	}

}
