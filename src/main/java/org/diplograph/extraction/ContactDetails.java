package org.diplograph.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says about a visit or engagement besides who, where and when: how many
 * days it lasts, what it is for, and the event it is held at.
 */
final class ContactDetails {

	private static final Set<String> PURPOSE_STARTS = Lexicon.words("discuss", "attend", "review", "explore",
			"strengthen", "boost", "deepen", "expand", "sign", "inspect", "observe", "witness", "participate",
			"enhance", "promote", "seek", "finalise", "finalize", "hold", "visit", "see", "oversee", "mark",
			"celebrate", "take");

	private static final Pattern DURATION = Pattern.compile(
			"(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ]day\\b|\\bfor (\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) days\\b");

	private ContactDetails() {
	}

	/** "a three-day visit", "for 3 days": the number of days, or null. */
	static Integer duration(SentenceView s) {
		Matcher matcher = DURATION.matcher(s.text);
		if (!matcher.find()) {
			return null;
		}
		String number = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
		Integer value = Lexicon.NUMBER_WORDS.get(number.toLowerCase(Locale.ROOT));
		return (value != null) ? value : Integer.valueOf(number);
	}

	/**
	 * "to discuss defence cooperation", "to attend the forum": up to the clause's end.
	 */
	static String purpose(SentenceView s, int trigger, int to) {
		for (int i = trigger + 1; i < to - 1; i++) {
			boolean start = (s.isWord(i, "to") && PURPOSE_STARTS.contains(s.lemma(i + 1)))
					|| (s.isWord(i, "for") && s.isWord(i + 1, "talks", "discussions", "consultations"))
					|| (s.isWord(i, "aimed", "focused", "focusing") && s.isWord(i + 1, "at", "on"))
					|| (s.isWord(i, "on") && s.isWord(i + 1, "the") && s.isWord(i + 2, "sidelines"));
			if (start) {
				int end = i + 1;
				while (end < to && end < i + 16 && !s.isWord(end, ",", ".", ";", "and")
						|| (end < to && s.isWord(end, "and") && end + 1 < to && !"VERB".equals(s.pos(end + 1))
								&& !"PRON".equals(s.pos(end + 1)) && end < i + 16)) {
					end++;
				}
				return s.text.substring(s.token(i).start() - s.sentence.start(),
						s.token(end - 1).end() - s.sentence.start());
			}
		}
		return null;
	}

	/** The event a sentence names ("the Antalya Diplomacy Forum"), or null. */
	static String occasion(SentenceView s) {
		for (Entity entity : s.entities) {
			if (entity.type() == Entity.Type.EVENT) {
				return entity.name();
			}
		}
		// "on the sidelines of the UN General Assembly": a body's meeting is the occasion
		int of = s.find(0, s.size(), "sidelines", "sideline", "margins", "margin");
		if (of >= 0 && s.isWord(of + 1, "of")) {
			Entity body = s.entityAt(s.isWord(of + 2, "the") ? of + 3 : of + 2);
			if (body != null && body.isOrganization()) {
				return s.text.substring(body.start() - s.sentence.start(), body.end() - s.sentence.start());
			}
		}
		return null;
	}

}
