package org.diplograph.extraction;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who buys and who supplies in a deal sentence, as countries: the subject's for a buying
 * verb (appositions skipped) and the country the goods go "to" for a selling one, else
 * the maker's country, the system's origin, "from X", or the one other country named.
 */
final class DealSides {

	private final ArticleContext context;

	DealSides(ArticleContext context) {
		this.context = context;
	}

	/** Sets the deal's buyer and supplier for its trigger, system and maker. */
	void assign(Drafts.Deal deal, SentenceView s, int trigger, String lemma, SystemPhrase system,
			ActorRef manufacturer) {
		boolean passive = (s.isLemma(trigger - 1, "be") || s.isLemma(trigger - 2, "be"))
				&& !s.word(trigger).endsWith("ing");
		ActorRef subject = passive ? null : subjectCountry(s, trigger);
		ActorRef object = objectCountry(s, trigger, subject);
		if (DealTriggers.sells(lemma)) {
			deal.supplier = subject;
			deal.buyer = object;
		}
		else {
			deal.buyer = subject;
			deal.supplier = (lemma.equals("receive") || lemma.equals("induct") || lemma.equals("commission")
					|| lemma.equals("operate")) ? null : fromCountry(s);
			if (passive && deal.buyer == null) {
				deal.buyer = object;
			}
		}
		if (deal.supplier == null && manufacturer != null) {
			deal.supplier = this.context.countryOf(manufacturer);
		}
		if (deal.supplier == null && system != null) {
			deal.supplier = system.origin();
		}
		if (deal.supplier == null) {
			deal.supplier = fromCountry(s);
		}
		if (deal.buyer == null) {
			deal.buyer = otherCountry(s, deal.supplier);
		}
		if (deal.supplier == null) {
			deal.supplier = otherCountry(s, deal.buyer);
		}
	}

	/** "ordered from Turkish Aerospace": a company the goods come from, or null. */
	static ActorRef organisationFrom(SentenceView s) {
		for (Entity entity : s.entities) {
			if (entity.isOrganization() && s.isWord(entity.first() - 1, "from", "by")) {
				return entity.ref();
			}
		}
		return null;
	}

	/**
	 * The country of whoever does the trigger: the nearest actor before it in its clause.
	 */
	private static ActorRef subjectCountry(SentenceView s, int trigger) {
		for (int k = trigger - 1; k >= 0; k--) {
			if (s.isWord(k, ";")) {
				break;
			}
			if (s.isWord(k, ",")) {
				k = skipAppositive(s, k);
				continue;
			}
			Entity entity = s.entityAt(k);
			boolean actor = entity != null && (entity.isActor() || entity.type() == Entity.Type.PLACE);
			if (actor && !s.isWord(entity.first() - 1, "with", "to", "from", "by", "in", "at")) {
				ActorRef country = entity.countryOf();
				if (country != null) {
					return country;
				}
			}
		}
		return null;
	}

	/**
	 * From the comma closing ", the Turkish manufacturer," back to the comma opening it,
	 * so a subject is not taken from an apposition.
	 */
	private static int skipAppositive(SentenceView s, int comma) {
		for (int k = comma - 1; k >= 0; k--) {
			if (s.isWord(k, ",")) {
				return s.isWord(k + 1, "the", "a", "an", "its", "which", "who", "whose") ? k : comma;
			}
			if (s.isWord(k, ";")) {
				return comma;
			}
		}
		return comma;
	}

	/**
	 * The country the goods go "to" (or come "from"): the first other country after the
	 * trigger.
	 */
	private static ActorRef objectCountry(SentenceView s, int trigger, ActorRef not) {
		for (Entity entity : s.entities) {
			boolean to = s.isWord(entity.first() - 1, "to", "for")
					|| (s.isWord(entity.first() - 1, "the") && s.isWord(entity.first() - 2, "to", "for"));
			if (entity.first() > trigger && entity.isActor() && to && entity.countryOf() != null
					&& !entity.countryOf().equals(not)) {
				return entity.countryOf();
			}
		}
		for (Entity entity : s.entities) {
			if (entity.first() <= trigger || !entity.isActor()) {
				continue;
			}
			ActorRef country = entity.countryOf();
			if (country != null && !country.equals(not) && !s.isWord(entity.first() - 1, "from")
					&& !(entity.isOrganization() && s.isWord(entity.first() - 1, "by"))) {
				return country;
			}
		}
		return null;
	}

	/** "from Türkiye", "from MKE": the supplier's country. */
	private static ActorRef fromCountry(SentenceView s) {
		for (Entity entity : s.entities) {
			if (entity.isActor() && s.isWord(entity.first() - 1, "from") && entity.countryOf() != null) {
				return entity.countryOf();
			}
		}
		return null;
	}

	/** The one country named besides {@code not}. */
	private static ActorRef otherCountry(SentenceView s, ActorRef not) {
		if (not == null) {
			return null;
		}
		Set<ActorRef> others = new LinkedHashSet<>();
		for (Entity entity : s.entities) {
			ActorRef country = entity.isActor() ? entity.countryOf() : null;
			if (country != null && !country.equals(not)) {
				others.add(country);
			}
		}
		return (others.size() == 1) ? others.iterator().next() : null;
	}

}
