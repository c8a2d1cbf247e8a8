package org.diplograph.engagement;

import org.diplograph.actor.ActorReferences;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.EngagementKind;

/**
 * The engagements filter as a client gives it: the actor by any reference, dates as ISO
 * strings.
 */
record EngagementFilter(String involves, EngagementKind kind, String from, String to) {

	static final EngagementFilter NONE = new EngagementFilter(null, null, null, null);

	/**
	 * The criteria this filter stands for, the reference resolved and the dates checked.
	 */
	EngagementCriteria resolve(ActorReferences references) {
		FuzzyDate start = FuzzyDate.parseOptional(this.from);
		FuzzyDate end = FuzzyDate.parseOptional(this.to);
		if (start != null && end != null && start.start().compareTo(end.end()) > 0) {
			throw new BadRequestException("filter.from (" + this.from + ") is after filter.to (" + this.to
					+ "); give a range that ends after it starts.");
		}
		return new EngagementCriteria(
				(this.involves != null) ? references.resolve("filter.involves", this.involves) : null, this.kind, start,
				end);
	}

}
