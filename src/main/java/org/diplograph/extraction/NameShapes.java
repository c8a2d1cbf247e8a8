package org.diplograph.extraction;

import java.util.Set;

/**
 * What the shape of a run of capitalised tokens says: where it starts and ends, how many
 * title words lead it, and whether it reads as a name, an organisation, an event, or a
 * system with a model code.
 */
final class NameShapes {

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

	private static final Set<String> EVENT_INTRODUCERS = Lexicon.words("exercise", "exercises", "codenamed", "dubbed",
			"named", "drill", "operation", "summit", "forum");

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

	/** Whether a run of capitalised tokens starts at {@code i}. */
	static boolean startsRun(SentenceView s, int i) {
		if (!isCapitalised(s, i) || !isFree(s, i)) {
			return false;
		}
		boolean sentenceStart = i == 0 || s.isWord(i - 1, "\"", "\u201c", "'", "\u2018", "(");
		if (sentenceStart && s.entityAt(i) == null) {
			return !Lexicon.SENTENCE_OPENERS.contains(s.word(i)) && "PROPN".equals(s.pos(i));
		}
		return true;
	}

	/**
	 * Where the run of capitalised tokens starting at {@code i} ends: before the first
	 * token that does not continue it, less trailing connectors ("of", "the").
	 */
	static int runEnd(SentenceView s, int i) {
		int j = i + 1;
		while (j < s.size() && continuesRun(s, j)) {
			j++;
		}
		while (j > i + 1 && CONNECTORS.contains(s.word(j - 1))) {
			j--;
		}
		return j;
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

	/** The number of leading title words, when they include a rank or office. */
	static int titleLength(SentenceView s, int from, int to) {
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

	static boolean isName(SentenceView s, int from, int to) {
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

	static boolean isOrganization(SentenceView s, int from, int to) {
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

	static boolean isEvent(SentenceView s, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Lexicon.EVENT_WORDS.contains(s.word(i))) {
				return !Lexicon.ORGANIZATION_TAILS.contains(s.word(to - 1));
			}
		}
		return EVENT_INTRODUCERS.contains(s.word(from - 1));
	}

	static boolean hasSystemAfter(SentenceView s, int j) {
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

	static boolean hasCode(SentenceView s, int from, int to) {
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

	static boolean isAcronym(String text) {
		return text.length() >= 2 && text.length() <= 6 && text.chars().allMatch((ch) -> ch >= 'A' && ch <= 'Z');
	}

	/** The text of tokens [from, to), spaced as written. */
	static String text(SentenceView s, int from, int to) {
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

	private NameShapes() {
	}

}
