package org.diplograph.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;

/**
 * Finds the persons a text names only by their role: "Bangladesh Army Chief",
 * "Bangladesh's army chief", "the head of Türkiye's Defence Industries Secretariat", "the
 * naval head". A phrase is a head word (chief, head) with what it heads: an organisation
 * the text names, a country and a service (army, navy, air force), or a service alone. It
 * names a person only when exactly one known person heads that organisation at the
 * article's date: a dated role must cover the date; a role without dates counts only for
 * a person the same article names. A service alone ("the army chief") resolves only to a
 * person the article names, never to another country's. A phrase right beside the
 * person's name ("Bangladesh Army Chief General Waker-uz-Zaman") is a title, not a second
 * mention.
 */
final class RoleMentions {

	private static final Set<String> HEAD_WORDS = Set.of("chief", "head");

	/** The service a word names, by the last word(s) of the organisation's name. */
	private static final Map<String, String> SERVICE_WORDS = Map.of("army", "army", "navy", "navy", "naval", "navy",
			"force", "air force");

	private final RoleHolders holders;

	RoleMentions(Collection<Actor> actors) {
		this.holders = new RoleHolders(actors);
	}

	/**
	 * The role mentions of a text, given its folded form, its words and the names already
	 * found in it.
	 */
	List<ActorMention> find(String text, FoldedText folded, List<int[]> words, List<ActorMention> names,
			FuzzyDate publishedOn) {
		String haystack = folded.folded();
		Map<Integer, ActorMention> nameEndingAt = new HashMap<>();
		Map<Integer, ActorMention> nameStartingAt = new HashMap<>();
		Set<String> namedPersons = new LinkedHashSet<>();
		for (ActorMention name : names) {
			nameStartingAt.put(name.start(), name);
			nameEndingAt.put(name.end(), name);
			namedPersons.add(name.actorId());
		}
		List<ActorMention> found = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = word(haystack, words, i);
			if (!HEAD_WORDS.contains(word) || insideName(folded, words.get(i), names)) {
				continue;
			}
			Phrase phrase = phraseAt(text, folded, haystack, words, i, nameEndingAt, nameStartingAt);
			if (phrase == null) {
				continue;
			}
			String personId = this.holders.holder(phrase.organizationIds, phrase.service, namedPersons, publishedOn);
			if (personId != null && !besideName(text, phrase, personId, names)) {
				found.add(new ActorMention(personId, phrase.start, phrase.end, true));
			}
		}
		return found;
	}

	private Phrase phraseAt(String text, FoldedText folded, String haystack, List<int[]> words, int head,
			Map<Integer, ActorMention> nameEndingAt, Map<Integer, ActorMention> nameStartingAt) {
		int headEnd = folded.originalEnd(words.get(head)[1]);
		// "<organisation> chief"
		if (head > 0) {
			ActorMention before = nameEndingAt.get(folded.originalEnd(words.get(head - 1)[1]));
			if (before != null && this.holders.kind(before.actorId()) == ActorKind.ORGANIZATION) {
				return new Phrase(before.start(), headEnd, List.of(before.actorId()), null);
			}
		}
		// "[<country>['s]] [the] <service> chief"
		String service = serviceBefore(haystack, words, head);
		if (service != null) {
			int serviceIndex = head - (service.equals("air force") ? 2 : 1);
			int before = serviceIndex - 1;
			if (before >= 0 && word(haystack, words, before).equals("s")) {
				before--;
			}
			ActorMention country = (before >= 0) ? nameEndingAt.get(folded.originalEnd(words.get(before)[1])) : null;
			if (country != null && this.holders.kind(country.actorId()) == ActorKind.COUNTRY) {
				return new Phrase(country.start(), headEnd, this.holders.organizations(country.actorId(), service),
						null);
			}
			int start = (serviceIndex > 0 && word(haystack, words, serviceIndex - 1).equals("the")) ? serviceIndex - 1
					: serviceIndex;
			return new Phrase(folded.originalStart(words.get(start)[0]), headEnd, null, service);
		}
		// "[the] chief of [the] [<country>'s] <organisation>"
		if (head + 2 < words.size() && word(haystack, words, head + 1).equals("of")) {
			int at = head + 2;
			if (word(haystack, words, at).equals("the") && at + 1 < words.size()) {
				at++;
			}
			ActorMention next = nameStartingAt.get(folded.originalStart(words.get(at)[0]));
			if (next != null && this.holders.kind(next.actorId()) == ActorKind.COUNTRY) {
				int possessive = wordStartingAfter(folded, words, at, next.end());
				if (possessive >= 0 && possessive + 1 < words.size() && word(haystack, words, possessive).equals("s")) {
					next = nameStartingAt.get(folded.originalStart(words.get(possessive + 1)[0]));
				}
				else {
					next = null;
				}
			}
			if (next != null && this.holders.kind(next.actorId()) == ActorKind.ORGANIZATION) {
				int start = (head > 0 && word(haystack, words, head - 1).equals("the")) ? head - 1 : head;
				return new Phrase(folded.originalStart(words.get(start)[0]), next.end(), List.of(next.actorId()), null);
			}
		}
		return null;
	}

	/**
	 * Whether the person's name stands right before or after the phrase in the same
	 * sentence, with nothing but spaces and punctuation between: then the phrase is the
	 * name's title.
	 */
	private static boolean besideName(String text, Phrase phrase, String personId, List<ActorMention> names) {
		for (ActorMention name : names) {
			if (!name.actorId().equals(personId)) {
				continue;
			}
			if (name.start() >= phrase.end && noWordBetween(text, phrase.end, name.start())) {
				return true;
			}
			if (name.end() <= phrase.start && noWordBetween(text, name.end(), phrase.start)) {
				return true;
			}
		}
		return false;
	}

	private static boolean noWordBetween(String text, int from, int to) {
		return text.substring(from, to)
			.codePoints()
			.noneMatch((ch) -> Character.isLetterOrDigit(ch) || ".!?\n".indexOf(ch) >= 0);
	}

	private static String serviceBefore(String haystack, List<int[]> words, int head) {
		if (head < 1) {
			return null;
		}
		String service = SERVICE_WORDS.get(word(haystack, words, head - 1));
		if ("air force".equals(service) && (head < 2 || !word(haystack, words, head - 2).equals("air"))) {
			return null;
		}
		return service;
	}

	private static int wordStartingAfter(FoldedText folded, List<int[]> words, int from, int originalOffset) {
		for (int i = from; i < words.size(); i++) {
			if (folded.originalStart(words.get(i)[0]) >= originalOffset) {
				return i;
			}
		}
		return -1;
	}

	private static boolean insideName(FoldedText folded, int[] word, List<ActorMention> names) {
		int start = folded.originalStart(word[0]);
		return names.stream().anyMatch((name) -> name.start() <= start && start < name.end());
	}

	private static String word(String haystack, List<int[]> words, int index) {
		return haystack.substring(words.get(index)[0], words.get(index)[1]);
	}

	/**
	 * A role phrase: its range in the text, and the organisations it may head, or only
	 * the service when the text names no organisation or country.
	 */
	private record Phrase(int start, int end, List<String> organizationIds, String service) {
	}

}
