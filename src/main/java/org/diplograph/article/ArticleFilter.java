package org.diplograph.article;

import java.util.List;

import org.diplograph.actor.ActorReferences;
import org.diplograph.common.FuzzyDate;

/**
 * The articles filter as a client gives it: actors by any reference, dates as ISO
 * strings.
 */
record ArticleFilter(List<String> mentions, String publishedFrom, String publishedTo) {

	static final ArticleFilter NONE = new ArticleFilter(null, null, null);

	/**
	 * The criteria this filter stands for; an actor named twice is one criterion, and a
	 * range whose start is after its end is a BAD_REQUEST.
	 */
	ArticleCriteria resolve(ActorReferences references) {
		List<String> mentioned = (this.mentions != null) ? this.mentions.stream()
			.map((reference) -> references.resolve("filter.mentions", reference))
			.distinct()
			.toList() : List.of();
		FuzzyDate from = FuzzyDate.parseOptional(this.publishedFrom);
		FuzzyDate to = FuzzyDate.parseOptional(this.publishedTo);
		FuzzyDate.requireOrdered("filter.publishedFrom", from, "filter.publishedTo", to);
		return new ArticleCriteria(mentioned, from, to);
	}

}
