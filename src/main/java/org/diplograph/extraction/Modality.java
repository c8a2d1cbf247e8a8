package org.diplograph.extraction;

import java.util.Set;

/**
 * Whether a trigger reports a plan ("will visit", "is expected to arrive", "plans to
 * buy", "the upcoming visit") or what happened, read from the words of its clause before
 * it.
 */
final class Modality {

	private static final int WINDOW = 8;

	private static final Set<String> MODALS = Lexicon.words("will", "shall", "'ll", "would", "wo");

	/** Lemmas that, before "to" and the trigger, announce a plan. */
	private static final Set<String> PLAN_VERBS = Lexicon.words("expect", "schedule", "plan", "set", "due", "intend",
			"aim", "hope", "go", "prepare", "invite", "want", "seek", "propose", "decide", "likely", "slate", "poise",
			"ready", "keen", "eager", "look", "agree", "wish", "invitation", "about", "be");

	/** Words that, before a noun trigger, make it a plan. */
	private static final Set<String> PLAN_ADJECTIVES = Lexicon.words("upcoming", "forthcoming", "planned", "proposed",
			"scheduled", "next", "expected", "future", "impending", "anticipated", "prospective", "possible",
			"potential");

	private Modality() {
	}

	static boolean planned(SentenceView s, int trigger) {
		for (int i = trigger - 1; i >= Math.max(0, trigger - WINDOW); i--) {
			if (s.isWord(i, ";") || (s.isWord(i, ",") && i < trigger - 1 && !s.isWord(i + 1, "to"))) {
				break;
			}
			String word = s.word(i);
			if (MODALS.contains(word) || word.equals("'ll")) {
				return true;
			}
			if (PLAN_ADJECTIVES.contains(word) && i >= trigger - 3 && "NOUN".equals(s.pos(trigger))) {
				return true;
			}
			if (word.equals("to") && i == trigger - 1 || (word.equals("to") && s.isWord(i + 1, "formally", "officially",
					"jointly", "also", "personally", "soon", "then", "further"))) {
				for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
					if (PLAN_VERBS.contains(s.lemma(k)) || PLAN_VERBS.contains(s.word(k))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Whether the token is a verb in a past form or after "has", "have" or "had". */
	static boolean past(SentenceView s, int i) {
		String word = s.word(i);
		if (!word.equals(s.lemma(i)) && (word.endsWith("ed") || IRREGULAR_PAST.contains(word))) {
			return true;
		}
		return s.isLemma(i - 1, "have") || s.isLemma(i - 2, "have");
	}

	private static final Set<String> IRREGULAR_PAST = Lexicon.words("met", "held", "paid", "made", "went", "came",
			"flew", "took", "led", "gave", "sent", "sought", "brought", "spoke", "told", "said", "began", "saw",
			"bought", "sold", "won", "wrote", "left", "kept", "found", "got", "laid", "struck", "undertook", "hosted");

}
