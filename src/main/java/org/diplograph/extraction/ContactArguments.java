package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who and where a visit or engagement involves: the people and actors of a stretch of a
 * sentence, the visitors a noun or a pronoun refers to, a delegation's country, the place
 * visited, and the countries the actors come from.
 */
final class ContactArguments {

	private static final Set<String> PRONOUNS = Lexicon.words("he", "she", "they", "the", "his", "her", "their");

	private static final Set<String> DELEGATION_WORDS = Lexicon.words("delegation", "team", "contingent",
			"delegations");

	private final ArticleContext context;

	ContactArguments(ArticleContext context) {
		this.context = context;
	}

	/** The people named in [from, to). */
	static List<Entity> persons(SentenceView s, int from, int to) {
		return s.actorsBetween(from, to).stream().filter(Entity::isPerson).toList();
	}

	/** The actors named in [from, to); {@code from} may be -1. */
	static List<Entity> actors(SentenceView s, int from, int to) {
		return s.actorsBetween(Math.max(0, from), to);
	}

	static List<ActorRef> refs(List<Entity> entities) {
		List<ActorRef> refs = new ArrayList<>();
		entities.forEach((e) -> Drafts.add(refs, e.ref()));
		return refs;
	}

	/** "X's visit", "a visit by X", "his visit ..., X": whose visit a noun reports. */
	static List<ActorRef> nounVisitors(SentenceView s, int from, int to, int trigger) {
		List<ActorRef> visitors = new ArrayList<>();
		for (int i = trigger - 1; i >= Math.max(from, trigger - 6); i--) {
			if (s.isWord(i, "'s", "\u2019s")) {
				Entity owner = s.entityAt(i - 1);
				if (owner != null && (owner.isPerson() || owner.isOrganization())) {
					visitors.add(owner.ref());
				}
				break;
			}
		}
		if (visitors.isEmpty() && s.isWord(trigger + 1, "by", "of")) {
			for (Entity person : persons(s, trigger + 2, Math.min(to, trigger + 10))) {
				visitors.add(person.ref());
			}
		}
		if (visitors.isEmpty()) {
			visitors.addAll(refs(persons(s, from, trigger)));
		}
		if (visitors.isEmpty() && s.find(Math.max(from, trigger - 4), trigger, "his", "her", "their") >= 0) {
			// "during his visit to X, Admiral Y ...": the visitor is the clause's subject
			int comma = s.find(trigger, to, ",");
			if (comma >= 0) {
				List<Entity> subject = persons(s, comma + 1, Math.min(to, comma + 8));
				if (!subject.isEmpty()) {
					visitors.add(subject.get(0).ref());
				}
			}
		}
		return visitors;
	}

	/**
	 * "He", "the minister": the first visitor of the visit just reported, or the first
	 * person the previous sentence names.
	 */
	List<ActorRef> pronounVisitors(SentenceView s, int from, int trigger, List<Drafts.Visit> visits) {
		boolean pronoun = false;
		for (int i = from; i < trigger; i++) {
			if (PRONOUNS.contains(s.word(i)) && !s.isWord(i + 1, "delegation")) {
				pronoun = true;
				break;
			}
		}
		if (!pronoun) {
			return List.of();
		}
		if (!visits.isEmpty()) {
			Drafts.Visit last = visits.get(visits.size() - 1);
			if (s.index - last.sentence <= 3 && !last.visitors.isEmpty()) {
				return List.of(last.visitors.get(0));
			}
		}
		if (s.index > 0) {
			SentenceView previous = this.context.sentences.get(s.index - 1);
			List<Entity> persons = persons(previous, 0, previous.size());
			if (!persons.isEmpty()) {
				return List.of(persons.get(0).ref());
			}
		}
		return List.of();
	}

	static boolean hasDelegation(SentenceView s, int from, int to) {
		for (int i = from; i < to; i++) {
			if (DELEGATION_WORDS.contains(s.word(i))) {
				return true;
			}
		}
		return false;
	}

	/** "A Pakistani delegation", "a delegation from Pakistan". */
	static ActorRef delegationCountry(SentenceView s, int from, int to, int trigger) {
		for (int i = from; i < to; i++) {
			if (!DELEGATION_WORDS.contains(s.word(i))) {
				continue;
			}
			for (int k = i - 1; k >= Math.max(from, i - 4); k--) {
				Entity entity = s.entityAt(k);
				if (entity != null && entity.countryOf() != null) {
					return entity.countryOf();
				}
			}
			int fromWord = s.find(i + 1, Math.min(to, i + 3), "from", "of");
			if (fromWord >= 0 && s.entityAt(fromWord + 1) != null) {
				return s.entityAt(fromWord + 1).countryOf();
			}
		}
		int fromWord = s.find(trigger + 1, to, "from");
		if (fromWord >= 0 && s.entityAt(fromWord + 1) != null) {
			return s.entityAt(fromWord + 1).countryOf();
		}
		return null;
	}

	/**
	 * Where the visit went: the first city or country after the trigger not preceded by
	 * "from", else one before it after "in" or "at".
	 */
	static Entity place(SentenceView s, int from, int to, int trigger) {
		for (Entity entity : s.entities) {
			if (entity.first() <= trigger || entity.first() >= to) {
				continue;
			}
			boolean placeLike = entity.type() == Entity.Type.PLACE
					|| (entity.isCountry() && !entity.demonym() && !s.isWord(entity.last(), "'s", "\u2019s")
							&& !s.isWord(entity.last(), "and") && s.isWord(entity.first() - 1, "to", "in", "at",
									"visit", "visited", "visiting", "visits", "toured", "tour", "touring", "reached"));
			if (placeLike && !s.isWord(entity.first() - 1, "from")
					&& !(s.isWord(entity.first() - 1, "of") && !s.isWord(entity.first() - 2, "capital"))) {
				return entity;
			}
		}
		for (Entity entity : s.entities) {
			if (entity.first() >= trigger || entity.first() < from) {
				continue;
			}
			if ((entity.type() == Entity.Type.PLACE || (entity.isCountry() && !entity.demonym()))
					&& s.isWord(entity.first() - 1, "in", "at")) {
				return entity;
			}
		}
		return null;
	}

	/** The country of the first of the actors that has one. */
	ActorRef firstCountry(List<ActorRef> actors) {
		return otherCountry(actors, null);
	}

	/** The country of the first of the actors that has one other than {@code not}. */
	ActorRef otherCountry(List<ActorRef> actors, ActorRef not) {
		for (ActorRef actor : actors) {
			ActorRef country = this.context.countryOf(actor);
			if (country != null && !country.equals(not)) {
				return country;
			}
		}
		return null;
	}

	/** The one country other than {@code not} the sentence names, or null. */
	static ActorRef soleOtherCountry(SentenceView s, ActorRef not) {
		Set<ActorRef> others = new LinkedHashSet<>();
		for (Entity entity : s.entities) {
			if (entity.isCountry() && !entity.ref().equals(not)) {
				others.add(entity.ref());
			}
		}
		return (others.size() == 1 && not != null) ? others.iterator().next() : null;
	}

}
