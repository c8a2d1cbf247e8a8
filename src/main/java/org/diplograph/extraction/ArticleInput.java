package org.diplograph.extraction;

import java.time.LocalDate;
import java.util.List;

import org.diplograph.common.FuzzyDate;

/**
 * What the engine reads: the cleaned body (every offset points into it), the title, the
 * publication date (at the precision known: a day, a month or only a year), the actors
 * the knowledge base knows and where the body names them.
 */
public record ArticleInput(String body, String title, FuzzyDate publishedOn, List<KnownActor> knownActors,
		List<MentionSpan> mentions) {

	public ArticleInput {
		if (body == null) {
			throw new IllegalArgumentException("An article to extract from needs a body");
		}
		knownActors = (knownActors != null) ? List.copyOf(knownActors) : List.of();
		mentions = (mentions != null) ? List.copyOf(mentions) : List.of();
		for (MentionSpan mention : mentions) {
			if (mention.start() < 0 || mention.end() > body.length() || mention.start() >= mention.end()) {
				throw new IllegalArgumentException("Mention of " + mention.actorId() + " at " + mention.start() + ".."
						+ mention.end() + " lies outside the body of " + body.length() + " characters");
			}
		}
	}

	/** An input whose publication day is known. */
	public static ArticleInput of(String body, String title, LocalDate publishedOn, List<KnownActor> knownActors,
			List<MentionSpan> mentions) {
		FuzzyDate date = (publishedOn != null)
				? FuzzyDate.of(publishedOn.getYear(), publishedOn.getMonthValue(), publishedOn.getDayOfMonth()) : null;
		return new ArticleInput(body, title, date, knownActors, mentions);
	}

}
