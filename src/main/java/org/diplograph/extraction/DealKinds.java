package org.diplograph.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * What kind of deal a sentence reports, from its words: an MoU or letter of intent, a
 * framework agreement, joint or licensed production, a technology transfer, training; and
 * where its deal noun (MoU, agreement, contract, deal) or that signal stands.
 */
final class DealKinds {

	private static final Set<String> AGREEMENT_NOUNS = Lexicon.words("mou", "mous", "memorandum", "agreement",
			"agreements", "deal", "contract", "accord", "protocol", "loi", "framework", "pact");

	private DealKinds() {
	}

	/** The kind the sentence's words signal, or null when none does. */
	static DealCandidate.Kind signalled(SentenceView s) {
		String text = s.text.toLowerCase(Locale.ROOT);
		if (text.matches(
				"(?s).*\\b(mou|mous|memorandum of understanding|memoranda of understanding|letter of intent)\\b.*")) {
			return DealCandidate.Kind.MOU;
		}
		if (text.matches("(?s).*\\bframework\\b.*") && agreementNoun(s) >= 0) {
			return DealCandidate.Kind.FRAMEWORK_AGREEMENT;
		}
		if (text.matches("(?s).*\\b(joint(ly)? (production|produce|manufactur\\w*|venture|development|develop)"
				+ "|co-?produc\\w*|co-?develop\\w*|local(ly)? (production|produce|manufactur\\w*|assembl\\w*)"
				+ "|licen[cs]e[d]? (production|manufactur\\w*)|produce \\w+ jointly|manufacture \\w+ locally)\\b.*")) {
			return DealCandidate.Kind.JOINT_PRODUCTION;
		}
		if (text.matches(
				"(?s).*\\b(transfer of (\\w+ )?technolog\\w*|technology transfers?|transfer(ring)? (\\w+ )?technolog\\w*)\\b.*")) {
			return DealCandidate.Kind.TECHNOLOGY_TRANSFER;
		}
		if (text.matches("(?s).*\\b(training|to train|train (its|their|the))\\b.*")) {
			return DealCandidate.Kind.TRAINING;
		}
		return null;
	}

	/** The first word of a production, transfer or training signal, else 0. */
	static int signalIndex(SentenceView s) {
		for (int i = 0; i < s.size(); i++) {
			if (s.isWord(i, "production", "produce", "transfer", "technology", "training", "train", "venture",
					"co-production", "manufacture", "manufacturing")) {
				return i;
			}
		}
		return 0;
	}

	/** The first deal noun not used as a verb, or -1. */
	static int agreementNoun(SentenceView s) {
		for (int i = 0; i < s.size(); i++) {
			if (AGREEMENT_NOUNS.contains(s.word(i)) && !"VERB".equals(s.pos(i))) {
				return i;
			}
		}
		return -1;
	}

}
