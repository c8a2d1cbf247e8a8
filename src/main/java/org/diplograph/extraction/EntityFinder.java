package org.diplograph.extraction;

import java.util.List;
import java.util.Set;

/**
 * Finds what each sentence names: the known actors (from the mention spans), countries,
 * demonyms and cities (from the gazetteer), and in the runs of capitalised tokens left,
 * new people, organisations, places and events. A run loses a leading title ("Admiral
 * Naveed Ashraf" is the person Naveed Ashraf); a run ending in "Navy", "Ltd" or "Ministry
 * of ..." is an organisation; a run followed by a weapon's category ("Tulpar light
 * tanks") is a system and no actor.
 */
final class EntityFinder {

	private static final Set<String> LOCATIVES = Lexicon.words("in", "at", "near", "off", "outside", "inside",
			"across");

	private final ArticleContext context;

	EntityFinder(ArticleContext context) {
		this.context = context;
	}

	void find(SentenceView s, List<MentionSpan> mentions) {
		knownMentions(s, mentions);
		gazetteer(s);
		capitalisedRuns(s);
	}

	private void knownMentions(SentenceView s, List<MentionSpan> mentions) {
		for (MentionSpan mention : mentions) {
			if (mention.start() < s.sentence.start() || mention.end() > s.sentence.end()) {
				continue;
			}
			KnownActor actor = this.context.known(mention.actorId());
			if (actor == null) {
				continue;
			}
			int first = -1;
			int last = -1;
			for (int i = 0; i < s.size(); i++) {
				Token token = s.token(i);
				if (token.end() > mention.start() && token.start() < mention.end()) {
					first = (first < 0) ? i : first;
					last = i + 1;
				}
			}
			if (first >= 0) {
				ActorRef ref = ActorRef.known(actor.id());
				s.add(new Entity(Entity.Type.ACTOR, first, last, mention.start(), mention.end(), ref, actor.type(),
						this.context.countryOf(ref), actor.name(), false));
			}
		}
	}

	private void gazetteer(SentenceView s) {
		for (int i = 0; i < s.size(); i++) {
			if (s.entityAt(i) != null) {
				continue;
			}
			Gazetteer.Entry entry = this.context.gazetteer.match(s.tokens, i);
			if (entry == null || s.isCovered(i, i + entry.words())) {
				continue;
			}
			int last = i + entry.words();
			TextRange range = s.range(i, last);
			ActorRef country = this.context.countryRef(entry.code(), s.sentence.range());
			if (entry.type() == Gazetteer.PlaceType.CITY) {
				s.add(new Entity(Entity.Type.PLACE, i, last, range.start(), range.end(), null, null, country,
						entry.name(), false));
			}
			else {
				s.add(new Entity(Entity.Type.ACTOR, i, last, range.start(), range.end(), country, ActorType.COUNTRY,
						country, entry.name(), entry.type() == Gazetteer.PlaceType.DEMONYM));
			}
			i = last - 1;
		}
	}

	private void capitalisedRuns(SentenceView s) {
		int i = 0;
		while (i < s.size()) {
			if (!NameShapes.startsRun(s, i)) {
				i++;
				continue;
			}
			int j = NameShapes.runEnd(s, i);
			classify(s, i, j);
			i = j;
		}
	}

	private void classify(SentenceView s, int i, int j) {
		int prefix = i;
		ActorRef prefixCountry = null;
		while (prefix < j && s.entityAt(prefix) != null) {
			Entity entity = s.entityAt(prefix);
			prefixCountry = entity.countryOf();
			prefix = entity.last();
		}
		if (prefix >= j) {
			return;
		}
		if (NameShapes.hasSystemAfter(s, j) || NameShapes.hasCode(s, prefix, j)) {
			return;
		}
		TextRange sentence = s.sentence.range();
		String runText = NameShapes.text(s, i, j);
		if (NameShapes.isEvent(s, prefix, j)) {
			TextRange range = s.range(prefix, j);
			s.add(new Entity(Entity.Type.EVENT, prefix, j, range.start(), range.end(), null, null, prefixCountry,
					runText, false));
			return;
		}
		int title = NameShapes.titleLength(s, prefix, j);
		ActorRef country = (prefixCountry != null) ? prefixCountry : contextCountry(s, i, j);
		for (int k = prefix; k < j && country == null; k++) {
			// "PT Dirgantara Indonesia"
			Entity inside = s.entityAt(k);
			country = (inside != null && inside.isCountry()) ? inside.ref() : null;
		}
		if (title > 0 && title < j - prefix && NameShapes.isName(s, prefix + title, j)) {
			int first = prefix + title;
			String name = NameShapes.text(s, first, j);
			ActorRef ref = surnameOrPropose(s, first, j, name, country, sentence, 0.75, "actor.titled-person");
			addActor(s, first, j, ref, ActorType.PERSON, country, name);
			return;
		}
		if (NameShapes.isOrganization(s, i, j)) {
			String name = runText.replaceFirst("^(?i:the)\\s+", "");
			ActorRef ref = this.context.proposals.propose(name, ActorType.ORGANIZATION, country, null, sentence,
					(j - i == 1) ? 0.45 : 0.65, "actor.organisation-name");
			addActor(s, i, j, ref, ActorType.ORGANIZATION, country, name);
			return;
		}
		if (title == j - prefix) {
			return;
		}
		boolean locative = LOCATIVES.contains(s.word(i - 1))
				|| (s.isWord(i - 1, "the") && LOCATIVES.contains(s.word(i - 2)));
		if (locative && prefixCountry == null) {
			TextRange range = s.range(i, j);
			s.add(new Entity(Entity.Type.PLACE, i, j, range.start(), range.end(), null, null, null, runText, false));
			return;
		}
		if (j - prefix >= 2 && NameShapes.isName(s, prefix, j)) {
			String name = NameShapes.text(s, prefix, j);
			ActorRef ref = surnameOrPropose(s, prefix, j, name, country, sentence, 0.5, "actor.name-run");
			addActor(s, prefix, j, ref, ActorType.PERSON, country, name);
			return;
		}
		if (j - prefix == 1) {
			ActorRef person = this.context.proposals.bySurname(s.token(prefix).text());
			if (person != null) {
				this.context.proposals.addEvidence(person, sentence);
				addActor(s, prefix, j, person, ActorType.PERSON, this.context.countryOf(person),
						s.token(prefix).text());
			}
			else if (NameShapes.isAcronym(s.token(prefix).text())) {
				String name = s.token(prefix).text();
				ActorRef ref = this.context.proposals.propose(name, ActorType.ORGANIZATION, country, null, sentence,
						0.35, "actor.acronym");
				addActor(s, prefix, j, ref, ActorType.ORGANIZATION, country, name);
			}
		}
	}

	private ActorRef surnameOrPropose(SentenceView s, int first, int last, String name, ActorRef country,
			TextRange sentence, double confidence, String rule) {
		if (last - first == 1) {
			ActorRef person = this.context.proposals.bySurname(name);
			if (person != null) {
				this.context.proposals.addEvidence(person, sentence);
				return person;
			}
		}
		return this.context.proposals.propose(name, ActorType.PERSON, country, null, sentence, confidence, rule);
	}

	private void addActor(SentenceView s, int first, int last, ActorRef ref, ActorType type, ActorRef country,
			String name) {
		TextRange range = s.range(first, last);
		s.add(new Entity(Entity.Type.ACTOR, first, last, range.start(), range.end(), ref, type, country, name, false));
	}

	/**
	 * The country a new name's context gives it: a country or demonym just before it
	 * ("Pakistan's Chief of Naval Staff ...", "Turkish firm ...") or "of Pakistan" after
	 * it.
	 */
	private static ActorRef contextCountry(SentenceView s, int i, int j) {
		for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
			Entity entity = s.entityAt(k);
			if (entity != null) {
				return (entity.isCountry() || entity.type() == Entity.Type.PLACE) ? entity.countryOf()
						: (entity.isOrganization() ? entity.country() : null);
			}
			if (s.isClauseBreak(k) || "VERB".equals(s.pos(k)) || "AUX".equals(s.pos(k))
					|| s.isWord(k, "and", "or", "with", "by")) {
				break;
			}
		}
		if (s.isWord(j, "of") && s.entityAt(j + 1) != null && s.entityAt(j + 1).isCountry()) {
			return s.entityAt(j + 1).ref();
		}
		// "MKE, the Turkish state-owned manufacturer"
		if (s.isWord(j, ",") && s.isWord(j + 1, "the", "a", "an")) {
			for (int k = j + 2; k < Math.min(s.size(), j + 5); k++) {
				Entity entity = s.entityAt(k);
				if (entity != null && entity.isCountry()) {
					return entity.ref();
				}
			}
		}
		return null;
	}

}
