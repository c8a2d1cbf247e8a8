package org.diplograph.visit;

import java.util.function.BinaryOperator;

import org.diplograph.actor.ActorReferences;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Article;
import org.diplograph.model.NodeIds;
import org.diplograph.model.VisitStatus;

/**
 * The visits filter as a client gives it: actors and countries by any reference, dates as
 * ISO strings, the source as an article ID.
 */
record VisitFilter(String visitor, String fromCountry, String hostCountry, String involves, String from, String to,
		VisitStatus status, String source) {

	static final VisitFilter NONE = new VisitFilter(null, null, null, null, null, null, null, null);

	/**
	 * The criteria this filter stands for, each reference resolved and checked; a range
	 * whose from is after its to is a BAD_REQUEST.
	 */
	VisitCriteria resolve(ActorReferences references) {
		FuzzyDate from = FuzzyDate.parseOptional(this.from);
		FuzzyDate to = FuzzyDate.parseOptional(this.to);
		FuzzyDate.requireOrdered("filter.from", from, "filter.to", to);
		return new VisitCriteria(resolve(references::resolve, "filter.visitor", this.visitor),
				resolve(references::resolveCountry, "filter.fromCountry", this.fromCountry),
				resolve(references::resolveCountry, "filter.hostCountry", this.hostCountry),
				resolve(references::resolve, "filter.involves", this.involves), from, to, this.status,
				(this.source != null) ? NodeIds.require(this.source, Article.ID_PREFIX, "filter.source") : null);
	}

	private static String resolve(BinaryOperator<String> resolver, String argument, String reference) {
		return (reference != null) ? resolver.apply(argument, reference) : null;
	}

}
