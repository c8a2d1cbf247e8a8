package org.diplograph.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Role;

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

	private static final List<String> HEAD_TITLES = List.of("chief", "head", "president", "chairman", "commander",
			"director");

	/** The service a word names, by the last word(s) of the organisation's name. */
	private static final Map<String, String> SERVICE_WORDS = Map.of("army", "army", "navy", "navy", "naval", "navy",
			"force", "air force");

	private final Map<String, Actor> actors = new HashMap<>();

	/** Who heads each organisation, by organisation ID. */
	private final Map<String, List<Holder>> heads = new HashMap<>();

	RoleMentions(Collection<Actor> actors) {
		for (Actor actor : actors) {
			this.actors.put(actor.id(), actor);
		}
		for (Actor person : actors) {
			if (person.kind() != ActorKind.PERSON) {
				continue;
			}
			for (Role role : person.roles()) {
				Actor organization = this.actors.get(role.organizationId());
				if (organization != null && organization.kind() == ActorKind.ORGANIZATION
						&& isHeadTitle(role.title(), organization)) {
					this.heads.computeIfAbsent(organization.id(), (id) -> new ArrayList<>())
						.add(new Holder(person.id(), role.since(), role.until()));
				}
			}
		}
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
			String personId = holder(phrase, namedPersons, publishedOn);
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
			if (before != null && kind(before.actorId()) == ActorKind.ORGANIZATION) {
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
			if (country != null && kind(country.actorId()) == ActorKind.COUNTRY) {
				return new Phrase(country.start(), headEnd, organizations(country.actorId(), service), null);
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
			if (next != null && kind(next.actorId()) == ActorKind.COUNTRY) {
				int possessive = wordStartingAfter(folded, words, at, next.end());
				if (possessive >= 0 && possessive + 1 < words.size() && word(haystack, words, possessive).equals("s")) {
					next = nameStartingAt.get(folded.originalStart(words.get(possessive + 1)[0]));
				}
				else {
					next = null;
				}
			}
			if (next != null && kind(next.actorId()) == ActorKind.ORGANIZATION) {
				int start = (head > 0 && word(haystack, words, head - 1).equals("the")) ? head - 1 : head;
				return new Phrase(folded.originalStart(words.get(start)[0]), next.end(), List.of(next.actorId()), null);
			}
		}
		return null;
	}

	/**
	 * The one person the phrase names at the article's date, or null when none or several
	 * could be meant.
	 */
	private String holder(Phrase phrase, Set<String> namedPersons, FuzzyDate publishedOn) {
		Set<String> candidates = new LinkedHashSet<>();
		if (phrase.organizationIds != null) {
			for (String organizationId : phrase.organizationIds) {
				for (Holder holder : this.heads.getOrDefault(organizationId, List.of())) {
					if (holder.holdsAt(publishedOn) || (holder.isUndated() && namedPersons.contains(holder.personId))) {
						candidates.add(holder.personId);
					}
				}
			}
		}
		else {
			this.heads.forEach((organizationId, holders) -> {
				if (phrase.service.equals(serviceOf(this.actors.get(organizationId)))) {
					holders.stream()
						.filter((holder) -> namedPersons.contains(holder.personId)
								&& (holder.isUndated() || holder.holdsAt(publishedOn)))
						.forEach((holder) -> candidates.add(holder.personId));
				}
			});
		}
		return (candidates.size() == 1) ? candidates.iterator().next() : null;
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

	private List<String> organizations(String countryId, String service) {
		List<String> ids = new ArrayList<>();
		for (Actor actor : this.actors.values()) {
			if (actor.kind() == ActorKind.ORGANIZATION && countryId.equals(actor.countryId())
					&& service.equals(serviceOf(actor))) {
				ids.add(actor.id());
			}
		}
		return ids;
	}

	private static String serviceOf(Actor organization) {
		String name = FoldedText.pattern(organization.name());
		if (name.endsWith(" air force")) {
			return "air force";
		}
		if (name.endsWith(" army")) {
			return "army";
		}
		return name.endsWith(" navy") ? "navy" : null;
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

	private ActorKind kind(String actorId) {
		Actor actor = this.actors.get(actorId);
		return (actor != null) ? actor.kind() : null;
	}

	private static String word(String haystack, List<int[]> words, int index) {
		return haystack.substring(words.get(index)[0], words.get(index)[1]);
	}

	/**
	 * Whether a title heads the organisation: a head word first, and what it is "of", if
	 * anything, is the organisation ("Chief of Army Staff" of an army, not "Chief of
	 * General Staff").
	 */
	private static boolean isHeadTitle(String title, Actor organization) {
		String folded = (title != null) ? FoldedText.pattern(title) : "";
		if (HEAD_TITLES.stream().noneMatch((head) -> folded.startsWith(head + " ") || folded.equals(head))) {
			return false;
		}
		int of = folded.indexOf(" of ");
		if (of < 0) {
			return true;
		}
		Set<String> organizationWords = new HashSet<>(List.of(FoldedText.pattern(organization.name()).split(" ")));
		if (organizationWords.contains("navy")) {
			organizationWords.add("naval");
		}
		return List.of(folded.substring(of + 4).split(" ")).stream().anyMatch(organizationWords::contains);
	}

	/**
	 * A role phrase: its range in the text, and the organisations it may head, or only
	 * the service when the text names no organisation or country.
	 */
	private record Phrase(int start, int end, List<String> organizationIds, String service) {
	}

	/** A person heading an organisation over a period, either end open or unknown. */
	private record Holder(String personId, FuzzyDate since, FuzzyDate until) {

		boolean isUndated() {
			return this.since == null && this.until == null;
		}

		/** Whether the role is known to be held during the article's date. */
		boolean holdsAt(FuzzyDate date) {
			if (date == null || isUndated()) {
				return false;
			}
			return (this.since == null || this.since.start().compareTo(date.start()) <= 0)
					&& (this.until == null || this.until.end().compareTo(date.end()) >= 0);
		}

	}

}
