package org.diplograph.visit;

import java.util.List;

import org.diplograph.common.Conditions;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.QueryFilter;
import org.diplograph.model.VisitStatus;

import org.springframework.data.mongodb.core.query.Criteria;

/** A visits filter with its actor references resolved to IDs and its dates parsed. */
record VisitCriteria(String visitorId, String fromCountryId, String hostCountryId, String involvedId, FuzzyDate from,
		FuzzyDate to, VisitStatus status, String articleId) implements QueryFilter {

	@Override
	public List<Criteria> criteria() {
		return new Conditions().is("visitorIds", this.visitorId)
			.is("fromCountryId", this.fromCountryId)
			.is("hostCountryId", this.hostCountryId)
			.is("involvedIds", this.involvedId)
			.is("articleIds", this.articleId)
			.is("status", this.status)
			.overlaps("date", this.from, this.to)
			.list();
	}

}
