package org.diplograph.extraction;

import java.util.List;
import java.util.Set;

import org.diplograph.common.Names;

/**
 * Finds what each sentence names: the known actors (from the mention spans), countries,
 * demonyms and cities (from the gazetteer), and in the runs of capitalised tokens left,
 * new people, organisations, places and events. A run loses a leading title ("Admiral
 * Naveed Ashraf" is the person Naveed Ashraf); a run ending in "Navy", "Ltd" or "Ministry
 * of ..." is an organisation; a run followed by a weapon's category ("Tulpar light
 * tanks") is a system and no actor.
 */
final class EntityFinder {

	/** Title words that on their own make a run a title ("Admiral", not "Naval"). */
	private static final Set<String> STRONG_TITLES = Lexicon.words("president", "minister", "secretary", "general",
			"gen", "lieutenant", "lt", "major", "maj", "brigadier", "brig", "colonel", "col", "captain", "capt",
			"commodore", "cdre", "admiral", "adm", "marshal", "commander", "cdr", "cmdr", "ambassador", "envoy",
			"commissioner", "mr", "mrs", "ms", "dr", "prof", "professor", "king", "queen", "prince", "princess",
			"sheikh", "sultan", "emir", "senator", "chairman", "chairperson", "director", "adviser", "advisor", "chief",
			"governor", "speaker", "ceo", "premier", "sergeant", "leader", "attache", "attaché", "spokesperson",
			"spokesman", "spokeswoman", "head", "consul", "mayor", "quartermaster", "commandant", "chancellor", "sir",
			"lady", "undersecretary", "secretarygeneral", "directorgeneral", "vice-admiral", "rear-admiral",
			"lieutenant-general", "major-general", "air-marshal", "lt-gen", "maj-gen", "counsellor", "officer");

	private static final Set<String> CONNECTORS = Lexicon.words("of", "for", "de", "al", "el", "bin", "ibn", "von",
			"van", "der", "da", "du", "la", "the", "and", "&");

	private static final Set<String> LOCATIVES = Lexicon.words("in", "at", "near", "off", "outside", "inside",
			"across");

	private static final Set<String> EVENT_INTRODUCERS = Lexicon.words("exercise", "exercises", "codenamed", "dubbed",
			"named", "drill", "operation", "summit", "forum");

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
			if (!startsRun(s, i)) {
				i++;
				continue;
			}
			int j = i + 1;
			while (j < s.size() && continuesRun(s, j)) {
				j++;
			}
			while (j > i + 1 && CONNECTORS.contains(s.word(j - 1))) {
				j--;
			}
			classify(s, i, j);
			i = j;
		}
	}

	private static boolean isCapitalised(SentenceView s, int i) {
		String text = s.token(i).text();
		if (text.isEmpty() || Lexicon.NOT_NAMES.contains(s.word(i))) {
			return false;
		}
		return Character.isUpperCase(text.charAt(0)) || isCode(text);
	}

	/** A model designation such as "JF-17" or "TB2". */
	static boolean isCode(String text) {
		return text.matches("(?=.*\\d)(?=.*\\p{Lu})[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");
	}

	/** Tokens a run may span: free ones and those of a country, demonym or city. */
	private static boolean isFree(SentenceView s, int i) {
		Entity entity = s.entityAt(i);
		return entity == null || entity.type() == Entity.Type.PLACE || (entity.isCountry() && entity.ref() != null
				&& (entity.demonym() || !entity.ref().isKnown() || entity.name() != null));
	}

	private static boolean startsRun(SentenceView s, int i) {
		if (!isCapitalised(s, i) || !isFree(s, i)) {
			return false;
		}
		boolean sentenceStart = i == 0 || s.isWord(i - 1, "\"", "\u201c", "'", "\u2018", "(");
		if (sentenceStart && s.entityAt(i) == null) {
			return !Lexicon.SENTENCE_OPENERS.contains(s.word(i)) && "PROPN".equals(s.pos(i));
		}
		return true;
	}

	private static boolean continuesRun(SentenceView s, int j) {
		if (isCapitalised(s, j) && isFree(s, j)) {
			return true;
		}
		// "CN" "-235", "054A" "/P": pieces of one written word
		Token token = s.token(j);
		if (token.start() == s.token(j - 1).end() && isFree(s, j)
				&& !s.isWord(j, ",", ".", ";", ":", "'s", "\u2019s", ")")
				&& token.text().chars().anyMatch(Character::isLetterOrDigit)) {
			return true;
		}
		String word = s.word(j);
		return CONNECTORS.contains(word) && !word.equals("and") && j + 1 < s.size() && isCapitalised(s, j + 1)
				&& isFree(s, j + 1) && !s.isWord(j - 1, "of");
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
		if (hasSystemAfter(s, j) || hasCode(s, prefix, j)) {
			return;
		}
		TextRange sentence = s.sentence.range();
		String runText = text(s, i, j);
		if (isEvent(s, prefix, j)) {
			TextRange range = s.range(prefix, j);
			s.add(new Entity(Entity.Type.EVENT, prefix, j, range.start(), range.end(), null, null, prefixCountry,
					runText, false));
			return;
		}
		int title = titleLength(s, prefix, j);
		ActorRef country = (prefixCountry != null) ? prefixCountry : contextCountry(s, i, j);
		for (int k = prefix; k < j && country == null; k++) {
			// "PT Dirgantara Indonesia"
			Entity inside = s.entityAt(k);
			country = (inside != null && inside.isCountry()) ? inside.ref() : null;
		}
		if (title > 0 && title < j - prefix && isName(s, prefix + title, j)) {
			int first = prefix + title;
			String name = text(s, first, j);
			ActorRef ref = surnameOrPropose(s, first, j, name, country, sentence, 0.75, "actor.titled-person");
			addActor(s, first, j, ref, ActorType.PERSON, country, name);
			return;
		}
		if (isOrganization(s, i, j)) {
			int first = (prefixCountry != null && isDemonymPrefix(s, i)) ? i : i;
			String name = runText.replaceFirst("^(?i:the)\\s+", "");
			ActorRef ref = this.context.proposals.propose(name, ActorType.ORGANIZATION, country, null, sentence,
					(j - i == 1) ? 0.45 : 0.65, "actor.organisation-name");
			addActor(s, first, j, ref, ActorType.ORGANIZATION, country, name);
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
		if (j - prefix >= 2 && isName(s, prefix, j)) {
			String name = text(s, prefix, j);
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
			else if (isAcronym(s.token(prefix).text())) {
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

	private static boolean isDemonymPrefix(SentenceView s, int i) {
		Entity entity = s.entityAt(i);
		return entity != null && entity.demonym();
	}

	/** The number of leading title words, when they include a rank or office. */
	private static int titleLength(SentenceView s, int from, int to) {
		int length = 0;
		boolean strong = false;
		int strongEnd = 0;
		for (int i = from; i < to; i++) {
			String word = s.word(i);
			if (!Lexicon.TITLE_WORDS.contains(word) && !STRONG_TITLES.contains(word)) {
				break;
			}
			length++;
			if (STRONG_TITLES.contains(word)) {
				strong = true;
				strongEnd = length;
			}
		}
		if (!strong) {
			return 0;
		}
		// "Chief of Naval Staff Admiral X": the title runs to its last rank word or
		// beyond
		return (length == to - from) ? length : Math.max(strongEnd, length);
	}

	private static boolean isName(SentenceView s, int from, int to) {
		for (int i = from; i < to; i++) {
			String word = s.word(i);
			if (CONNECTORS.contains(word) && !word.equals("the") && !word.equals("and") && !word.equals("of")
					&& !word.equals("for")) {
				continue;
			}
			if (!isCapitalised(s, i) || Lexicon.ORGANIZATION_TAILS.contains(word)
					|| Lexicon.ORGANIZATION_HEADS.contains(word) || Lexicon.EVENT_WORDS.contains(word)
					|| s.token(i).text().chars().anyMatch(Character::isDigit) || s.entityAt(i) != null) {
				return false;
			}
		}
		return true;
	}

	private static boolean isOrganization(SentenceView s, int from, int to) {
		String last = s.word(to - 1);
		String first = s.word(from);
		if (Lexicon.ORGANIZATION_TAILS.contains(last)) {
			return true;
		}
		for (int i = from; i < to - 1; i++) {
			if (Lexicon.ORGANIZATION_HEADS.contains(s.word(i)) && s.isWord(i + 1, "of", "for")) {
				return true;
			}
		}
		return Lexicon.ORGANIZATION_HEADS.contains(first) && to - from > 1;
	}

	private static boolean isEvent(SentenceView s, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Lexicon.EVENT_WORDS.contains(s.word(i))) {
				return !Lexicon.ORGANIZATION_TAILS.contains(s.word(to - 1));
			}
		}
		return EVENT_INTRODUCERS.contains(s.word(from - 1));
	}

	private static boolean hasSystemAfter(SentenceView s, int j) {
		for (int k = j; k < Math.min(j + 3, s.size()); k++) {
			if (Lexicon.CATEGORIES.containsKey(s.lemma(k)) && ("NOUN".equals(s.pos(k)) || "PROPN".equals(s.pos(k)))) {
				return true;
			}
			if (!Lexicon.CATEGORY_MODIFIERS.contains(s.word(k)) && !s.word(k).equals("-")) {
				return false;
			}
		}
		return false;
	}

	private static boolean hasCode(SentenceView s, int from, int to) {
		StringBuilder word = new StringBuilder();
		for (int i = from; i < to; i++) {
			if (i > from && s.token(i).start() > s.token(i - 1).end()) {
				if (isCode(word.toString())) {
					return true;
				}
				word.setLength(0);
			}
			word.append(s.token(i).text());
		}
		return isCode(word.toString().replace("/", ""));
	}

	private static boolean isAcronym(String text) {
		return text.length() >= 2 && text.length() <= 6 && text.chars().allMatch((ch) -> ch >= 'A' && ch <= 'Z');
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

	private static String text(SentenceView s, int from, int to) {
		StringBuilder text = new StringBuilder();
		for (int i = from; i < to; i++) {
			Token token = s.token(i);
			if (i > from && token.start() > s.token(i - 1).end()) {
				text.append(' ');
			}
			text.append(token.text());
		}
		return text.toString();
	}

	/** The folded key of a word, for comparisons. */
	static String key(String word) {
		return Names.key(word);
	}

}
