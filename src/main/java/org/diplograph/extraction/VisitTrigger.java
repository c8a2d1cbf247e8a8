package org.diplograph.extraction;

import java.util.Set;

/**
 * The words that report a visit or a meeting, by how they read: travel verbs, "call on",
 * "hold talks", "meet", the host's verbs (whose subject is the host) and the nouns of a
 * visit; each with the rule name its candidates carry.
 */
enum VisitTrigger {

	TRAVEL("visit.travel-verb"), CALL_ON("visit.call-on"), TALKS("visit.held-talks"), MEET("visit.meeting"),
	HOST("visit.host-swap"), NOUN_VISIT("visit.visit-noun");

	private static final Set<String> TRAVEL_VERBS = Lexicon.words("visit", "arrive", "travel", "tour", "fly", "reach",
			"land");

	private static final Set<String> HOST_VERBS = Lexicon.words("host", "receive", "welcome", "greet");

	private static final Set<String> VISIT_NOUNS = Lexicon.words("visit", "trip", "tour", "stopover");

	final String rule;

	VisitTrigger(String rule) {
		this.rule = rule;
	}

	/** Whether it reports a meeting rather than travel: "met", "held talks". */
	boolean isMeeting() {
		return this == MEET || this == TALKS;
	}

	/** The trigger token {@code i} is in a clause ending at {@code to}, or null. */
	static VisitTrigger at(SentenceView s, int i, int to) {
		String lemma = s.lemma(i);
		String pos = s.pos(i);
		boolean verb = isVerb(s, i);
		if (verb && TRAVEL_VERBS.contains(lemma)) {
			return TRAVEL;
		}
		if (verb && lemma.equals("call") && s.isWord(i + 1, "on", "upon")) {
			return CALL_ON;
		}
		if (lemma.equals("hold") && s.find(i + 1, Math.min(to, i + 4), "talks", "talk", "discussions", "meeting",
				"meetings", "consultations") >= 0) {
			return TALKS;
		}
		if (verb && lemma.equals("meet")) {
			return MEET;
		}
		if (verb && HOST_VERBS.contains(lemma)) {
			return HOST;
		}
		if ("NOUN".equals(pos) && VISIT_NOUNS.contains(lemma) || s.isWord(i, "courtesy") && s.isWord(i + 1, "call")) {
			return NOUN_VISIT;
		}
		return null;
	}

	/**
	 * Whether token {@code i} is used as a verb: tagged so, or an inflected form the
	 * tagger took for something else ("met" tagged as a pronoun), but never a noun after
	 * a determiner.
	 */
	private static boolean isVerb(SentenceView s, int i) {
		String pos = s.pos(i);
		if ("VERB".equals(pos) || "AUX".equals(pos)) {
			return true;
		}
		if (s.isWord(i - 1, "the", "a", "an", "his", "her", "their", "its", "this", "that")) {
			return false;
		}
		String word = s.word(i);
		return !word.equals(s.lemma(i)) && !"NOUN".equals(pos) && !"PROPN".equals(pos)
				&& (word.endsWith("ed") || word.endsWith("s") || word.endsWith("ing") || word.equals("met")
						|| word.equals("held") || word.equals("flew") || word.equals("paid"));
	}

}
