package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that report a deal and the lifecycle step each stands for (sign, order, buy
 * are SIGNED; deliver, induct DELIVERED; offer OFFERED; consider UNDER_CONSIDERATION;
 * negotiate NEGOTIATING; interest INTEREST), which trigger governs a system or deal noun,
 * and the status a trigger's clause makes of its step.
 */
final class DealTriggers {

	private static final Map<String, DealCandidate.Status> TRIGGERS = Lexicon.byWord(Map.of(DealCandidate.Status.SIGNED,
			Lexicon.words("sign", "order", "buy", "purchase", "procure", "acquire", "acquisition", "procurement",
					"contract", "ink", "finalise", "finalize", "conclude", "seal", "agree", "sell", "award"),
			DealCandidate.Status.DELIVERED,
			Lexicon.words("deliver", "delivery", "hand", "handover", "receive", "induct", "commission", "supply",
					"operate"),
			DealCandidate.Status.OFFERED, Lexicon.words("offer", "propose", "pitch"),
			DealCandidate.Status.UNDER_CONSIDERATION, Lexicon.words("consider", "evaluate", "weigh", "assess"),
			DealCandidate.Status.NEGOTIATING, Lexicon.words("negotiate", "negotiation"), DealCandidate.Status.INTEREST,
			Lexicon.words("interest", "interested", "keen", "seek", "want", "eye")));

	/** Triggers whose subject sells: the buyer is whoever it goes "to". */
	private static final Set<String> SELLING = Lexicon.words("offer", "propose", "pitch", "sell", "supply", "deliver",
			"hand", "export", "delivery", "handover");

	/**
	 * Triggers that, in a progressive form, report a deal not yet made ("is finalising").
	 */
	private static final Set<String> CONCLUDING = Lexicon.words("sign", "finalise", "finalize", "conclude", "agree");

	private DealTriggers() {
	}

	/** The indexes of the sentence's triggers, in order. */
	static List<Integer> in(SentenceView s) {
		List<Integer> triggers = new ArrayList<>();
		for (int i = 0; i < s.size(); i++) {
			if (lemma(s, i) != null) {
				triggers.add(i);
			}
		}
		return triggers;
	}

	/** Whether the trigger's subject is the one who sells. */
	static boolean sells(String lemma) {
		return SELLING.contains(lemma);
	}

	/** The trigger lemma of token {@code i}, or null when it is none in this use. */
	static String lemma(SentenceView s, int i) {
		String lemma = s.lemma(i);
		String word = s.word(i);
		String pos = s.pos(i);
		if (word.equals("interested") || word.equals("keen")) {
			return word;
		}
		if (word.equals("handed") || word.equals("hand") || word.equals("handing")) {
			return s.isWord(i + 1, "over") || s.find(i + 1, Math.min(s.size(), i + 5), "over") >= 0 ? "hand" : null;
		}
		if (lemma.equals("interest")) {
			return (s.isWord(i + 1, "in") && "NOUN".equals(pos)) ? "interest" : null;
		}
		if (lemma.equals("order") && "NOUN".equals(pos)) {
			return s.find(Math.max(0, i - 3), i, "placed", "place", "placing", "an", "firm") >= 0 ? "order" : null;
		}
		if (lemma.equals("offer") || lemma.equals("delivery") || lemma.equals("negotiation")
				|| lemma.equals("acquisition") || lemma.equals("procurement") || lemma.equals("handover")) {
			return lemma;
		}
		if (word.equals("negotiations") || word.equals("deliveries")) {
			return word.equals("negotiations") ? "negotiation" : "delivery";
		}
		if (lemma.equals("purchase")) {
			return "purchase";
		}
		if (!"VERB".equals(pos) && !"AUX".equals(pos)) {
			return null;
		}
		if (lemma.equals("receive") && s.find(i + 1, Math.min(s.size(), i + 4), "delegation", "counterpart") >= 0) {
			return null;
		}
		return TRIGGERS.containsKey(lemma) ? lemma : null;
	}

	/**
	 * The status a trigger reports: its step, PLANNED for a plan to sign or deliver, and
	 * NEGOTIATING for a deal being finalised or drafted.
	 */
	static DealCandidate.Status status(SentenceView s, int trigger, String lemma, boolean planned) {
		DealCandidate.Status status = TRIGGERS.get(lemma);
		if (planned && status.ordinal() >= DealCandidate.Status.SIGNED.ordinal()) {
			status = DealCandidate.Status.PLANNED;
		}
		if (status == DealCandidate.Status.SIGNED && isProgressive(s, trigger) && CONCLUDING.contains(lemma)) {
			status = DealCandidate.Status.NEGOTIATING;
		}
		if (status == DealCandidate.Status.SIGNED
				&& s.find(Math.max(0, trigger - 3), trigger, "draft", "drafted") >= 0) {
			status = DealCandidate.Status.NEGOTIATING;
		}
		return status;
	}

	/**
	 * The trigger that governs a system or deal noun: the nearest one before it, walked
	 * back along a chain of triggers ("is considering buying"); else the nearest after
	 * it; -1 when none does.
	 */
	static int governing(SentenceView s, List<Integer> triggers, int anchor) {
		int chosen = -1;
		for (int trigger : triggers) {
			if (trigger < anchor && !clauseBreakBetween(s, trigger, anchor)) {
				chosen = trigger;
			}
		}
		if (chosen >= 0) {
			for (int k = triggers.indexOf(chosen) - 1; k >= 0; k--) {
				int earlier = triggers.get(k);
				if (chosen - earlier <= 4 && !clauseBreakBetween(s, earlier, chosen)) {
					chosen = earlier;
				}
				else {
					break;
				}
			}
			return chosen;
		}
		for (int trigger : triggers) {
			if (trigger > anchor && trigger - anchor <= 8) {
				return trigger;
			}
		}
		return -1;
	}

	/** The trigger nearest {@code anchor}, either side. */
	static int nearest(List<Integer> triggers, int anchor) {
		int best = triggers.get(0);
		for (int trigger : triggers) {
			if (Math.abs(trigger - anchor) < Math.abs(best - anchor)) {
				best = trigger;
			}
		}
		return best;
	}

	private static boolean clauseBreakBetween(SentenceView s, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			if (s.isWord(i, ";") || (s.isWord(i, ",") && (s.isWord(i + 1, "while", "but", "and", "which", "who")))
					|| s.isWord(i, "while", "whereas")) {
				return true;
			}
		}
		return false;
	}

	private static boolean isProgressive(SentenceView s, int i) {
		return s.word(i).endsWith("ing") && (s.isLemma(i - 1, "be") || s.isLemma(i - 2, "be"));
	}

}
