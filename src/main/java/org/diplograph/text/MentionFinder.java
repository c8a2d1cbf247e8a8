package org.diplograph.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Actor;
import org.diplograph.model.Mention;

/**
 * Finds where a text names each of a set of known actors, by matching every name and
 * alias on word boundaries, case-, accent- and punctuation-insensitively. Overlapping
 * matches keep the longest ("Bangladesh Army" is the army, not the country). A short form
 * several actors share is given to the one of them the same text names unambiguously, or
 * to none. A name followed by its abbreviation in brackets, or the other way round
 * ("Makina ve Kimya Endüstrisi (MKE)"), is one mention when both name the same actor. A
 * person named only by a role ("the army chief") is a role mention when the article's
 * context and date leave one person it can be ({@link RoleMentions}). A product is no
 * mention of its maker: "Bayraktar TB2" names Baykar only if Baykar's own name is there.
 */
public final class MentionFinder {

	private static final int MAX_ACRONYM_LENGTH = 5;

	private final Map<String, NamePattern> patterns = new LinkedHashMap<>();

	/**
	 * The patterns by their first word: a text is scanned word by word, whatever the
	 * number of names.
	 */
	private final Map<String, List<NamePattern>> byFirstWord = new HashMap<>();

	private final RoleMentions roles;

	public MentionFinder(Collection<Actor> actors) {
		for (Actor actor : actors) {
			add(actor.id(), actor.name(), false);
			actor.aliases().forEach((alias) -> add(actor.id(), alias, isAcronym(alias)));
			actor.exactAliases().forEach((alias) -> add(actor.id(), alias, true));
		}
		this.roles = new RoleMentions(actors);
	}

	/**
	 * The mentions of a text whose date is unknown: see
	 * {@link #mentions(String, FuzzyDate)}.
	 */
	public List<Mention> mentions(String text) {
		return mentions(text, null);
	}

	/**
	 * The mentions as an article stores them: one per actor, in order of first mention,
	 * with the start offset of each occurrence in {@code text}, role mentions marked.
	 * @param publishedOn the article's date, which says who held a role it names; null
	 * when unknown
	 */
	public List<Mention> mentions(String text, FuzzyDate publishedOn) {
		return mentions(find(text, publishedOn));
	}

	/**
	 * The mentions as an article stores them, of matches {@link #find} found: one per
	 * actor, in order of first mention, role mentions marked.
	 */
	public static List<Mention> mentions(List<ActorMention> found) {
		Map<String, List<Integer>> offsets = new LinkedHashMap<>();
		Map<String, List<Integer>> roleOffsets = new HashMap<>();
		for (ActorMention match : found) {
			offsets.computeIfAbsent(match.actorId(), (id) -> new ArrayList<>()).add(match.start());
			if (match.role()) {
				roleOffsets.computeIfAbsent(match.actorId(), (id) -> new ArrayList<>()).add(match.start());
			}
		}
		List<Mention> mentions = new ArrayList<>();
		offsets.forEach((actorId, starts) -> mentions.add(new Mention(actorId, starts.size(), List.copyOf(starts),
				List.copyOf(roleOffsets.getOrDefault(actorId, List.of())))));
		return mentions;
	}

	/**
	 * The mentions of a text whose date is unknown: see {@link #find(String, FuzzyDate)}.
	 */
	public List<ActorMention> find(String text) {
		return find(text, null);
	}

	/**
	 * Every occurrence of a known actor's name, and every role phrase naming a known
	 * person, in {@code text}, in text order, with the range of the name or phrase.
	 */
	public List<ActorMention> find(String text, FuzzyDate publishedOn) {
		FoldedText folded = FoldedText.of(text);
		String haystack = folded.folded();
		List<int[]> words = new ArrayList<>();
		for (int at = 0; at < haystack.length();) {
			int end = haystack.indexOf(' ', at);
			end = (end < 0) ? haystack.length() : end;
			if (end > at) {
				words.add(new int[] { at, end });
			}
			at = end + 1;
		}
		List<Match> candidates = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			int[] first = words.get(i);
			for (NamePattern pattern : this.byFirstWord.getOrDefault(haystack.substring(first[0], first[1]),
					List.of())) {
				int last = i + pattern.length() - 1;
				if (last >= words.size() || !pattern.matchesAt(haystack, words, i)) {
					continue;
				}
				int end = words.get(last)[1];
				int start = folded.originalStart(first[0]);
				Set<String> actorIds = pattern.actorIdsMatching(text.substring(start, folded.originalEnd(end)));
				if (!actorIds.isEmpty()) {
					candidates.add(new Match(first[0], end, start, actorIds));
				}
			}
		}
		candidates.sort(Comparator.comparingInt(Match::foldedStart)
			.thenComparing(Comparator.comparingInt(Match::length).reversed()));
		List<Match> chosen = new ArrayList<>();
		int reached = 0;
		for (Match match : candidates) {
			if (match.foldedStart >= reached) {
				chosen.add(match);
				reached = match.foldedEnd;
			}
		}
		Set<String> namedUnambiguously = new HashSet<>();
		chosen.stream()
			.filter((match) -> match.actorIds.size() == 1)
			.forEach((match) -> namedUnambiguously.addAll(match.actorIds));
		Map<Integer, ActorMention> byOffset = new TreeMap<>();
		for (Match match : chosen) {
			List<String> resolved = match.actorIds.stream().filter(namedUnambiguously::contains).toList();
			if (match.actorIds.size() == 1 || resolved.size() == 1) {
				String actorId = (match.actorIds.size() == 1) ? match.actorIds.iterator().next() : resolved.get(0);
				byOffset.put(match.originalStart,
						new ActorMention(actorId, match.originalStart, folded.originalEnd(match.foldedEnd), false));
			}
		}
		List<ActorMention> names = withoutBracketedRepeats(text, List.copyOf(byOffset.values()));
		List<ActorMention> all = new ArrayList<>(names);
		all.addAll(this.roles.find(text, folded, words, names, publishedOn));
		// a role phrase may start where the organisation it heads is named
		all.sort(Comparator.comparingInt(ActorMention::start).thenComparing(ActorMention::role));
		return List.copyOf(all);
	}

	/**
	 * The names without the second of a name and its abbreviation in brackets, either way
	 * round, when both name the same actor: "Bangladesh Ordnance Factory (BOF)" is one
	 * mention.
	 */
	private static List<ActorMention> withoutBracketedRepeats(String text, List<ActorMention> names) {
		List<ActorMention> kept = new ArrayList<>();
		ActorMention previous = null;
		for (ActorMention name : names) {
			boolean repeat = previous != null && previous.actorId().equals(name.actorId())
					&& text.substring(previous.end(), name.start()).strip().equals("(")
					&& text.startsWith(")", name.end());
			if (!repeat) {
				kept.add(name);
			}
			previous = name;
		}
		return kept;
	}

	private void add(String actorId, String name, boolean exactCase) {
		String folded = FoldedText.pattern(name);
		if (folded.isEmpty()) {
			return;
		}
		this.patterns.computeIfAbsent(folded, (key) -> {
			NamePattern pattern = new NamePattern(key);
			this.byFirstWord.computeIfAbsent(pattern.firstWord(), (word) -> new ArrayList<>()).add(pattern);
			return pattern;
		}).add(actorId, exactCase ? NamePattern.lettersWithoutAccents(name) : null);
	}

	private static boolean isAcronym(String alias) {
		return alias.length() <= MAX_ACRONYM_LENGTH && alias.chars().allMatch((ch) -> ch >= 'A' && ch <= 'Z');
	}

	private record Match(int foldedStart, int foldedEnd, int originalStart, Set<String> actorIds) {

		int length() {
			return this.foldedEnd - this.foldedStart;
		}

	}

}
