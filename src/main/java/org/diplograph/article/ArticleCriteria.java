package org.diplograph.article;

import java.util.List;

import org.diplograph.common.Conditions;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.QueryFilter;

import org.springframework.data.mongodb.core.query.Criteria;

/** An articles filter with its actor references resolved to IDs and its dates parsed. */
record ArticleCriteria(List<String> mentionedActorIds, FuzzyDate from, FuzzyDate to) implements QueryFilter {

	@Override
	public List<Criteria> criteria() {
		return new Conditions().containsAll("actorIds", this.mentionedActorIds)
			.overlaps("publishedOn", this.from, this.to)
			.list();
	}

}
