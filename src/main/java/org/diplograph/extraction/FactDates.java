package org.diplograph.extraction;

import java.util.List;

import org.diplograph.common.FuzzyDate;

/**
 * The date of a fact: the date expression of its sentence nearest its trigger (after it
 * preferred), else the publication month, marked as assumed; a visit or engagement is
 * PLANNED when it is a plan or dated after publication.
 */
final class FactDates {

	private FactDates() {
	}

	/** Sets the draft's date and whether its sentence gave it. */
	static void date(Drafts.Draft draft, SentenceView s, int trigger, boolean planned, ArticleContext context) {
		DateResolver.DateMention mention = nearest(s, trigger, planned, context.publishedOn);
		if (mention != null) {
			draft.date = mention.date();
			draft.dateExplicit = true;
		}
		else {
			draft.date = context.fallbackDate();
			draft.dateExplicit = false;
		}
	}

	/** Sets a visit's or engagement's date and, from it and the plan, its status. */
	static void dateAndStatus(Drafts.Contact contact, SentenceView s, int trigger, boolean planned,
			ArticleContext context) {
		date(contact, s, trigger, planned, context);
		contact.status = (planned || after(contact.date, context.publishedOn)) ? FactStatus.PLANNED
				: FactStatus.COMPLETED;
	}

	/** The date expression of the sentence closest to the trigger, after it preferred. */
	private static DateResolver.DateMention nearest(SentenceView s, int trigger, boolean planned, FuzzyDate published) {
		List<DateResolver.DateMention> mentions = s.dates(planned,
				() -> DateResolver.resolve(s.text, s.sentence.start(), published, planned));
		if (mentions.isEmpty()) {
			return null;
		}
		int at = s.token(Math.min(trigger, s.size() - 1)).start();
		DateResolver.DateMention best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (DateResolver.DateMention mention : mentions) {
			int distance = (mention.start() >= at) ? mention.start() - at : (at - mention.end()) * 2;
			if (distance < bestDistance) {
				best = mention;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static boolean after(FuzzyDate date, FuzzyDate published) {
		return date != null && published != null && date.start().compareTo(published.end()) > 0;
	}

}
