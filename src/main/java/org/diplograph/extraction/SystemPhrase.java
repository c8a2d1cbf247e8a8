package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A military system a sentence names, over tokens [first, last): its name ("Otokar Tulpar
 * light tank"), category, whether it is only generic ("military hardware"), the quantity
 * before it, its maker and the country it comes from ("Turkish-made").
 */
record SystemPhrase(int first, int last, String name, String category, boolean generic, Integer quantity,
		ActorRef manufacturer, ActorRef origin) {

	private static final Set<String> GENERIC_SYSTEMS = Lexicon.words("system", "hardware", "equipment", "weapon",
			"vehicle", "aircraft", "ship", "vessel", "boat", "gun", "missile", "ammunition", "munition");

	private static final Set<String> MANUFACTURER_INTRODUCERS = Lexicon.words("by", "from");

	/** The systems of a sentence, each once; the generic ones only when none is named. */
	static List<SystemPhrase> in(SentenceView s, ArticleContext context) {
		List<SystemPhrase> systems = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (int i = 0; i < s.size(); i++) {
			String lemma = s.lemma(i);
			// the tagger takes "drones" after a name for a verb now and then
			boolean noun = "NOUN".equals(s.pos(i)) || "PROPN".equals(s.pos(i))
					|| (i > 0 && (Character.isUpperCase(s.token(i - 1).text().charAt(0))
							|| Lexicon.number(s.token(i - 1)) != null
							|| Lexicon.CATEGORY_MODIFIERS.contains(s.word(i - 1))));
			String category = Lexicon.CATEGORIES.get(lemma);
			if (category == null || !noun) {
				continue;
			}
			// "fighter jets": one system whose last noun is the head
			if (i + 1 < s.size() && Lexicon.CATEGORIES.containsKey(s.lemma(i + 1))
					&& ("NOUN".equals(s.pos(i + 1)) || "PROPN".equals(s.pos(i + 1)))) {
				continue;
			}
			SystemPhrase system = at(s, i, category, context);
			if (system != null && seen.add(NameSimilarity.systemKey(system.name) + "|" + system.category)) {
				systems.add(system);
			}
		}
		// "military hardware" alongside named systems adds nothing
		if (systems.stream().anyMatch((x) -> !x.generic)) {
			systems.removeIf(SystemPhrase::generic);
		}
		return systems;
	}

	/**
	 * The system whose category noun is token {@code head}, or null for a bare "system".
	 */
	private static SystemPhrase at(SentenceView s, int head, String category, ArticleContext context) {
		int first = head;
		ActorRef manufacturer = null;
		ActorRef origin = null;
		boolean named = false;
		for (int k = head - 1; k >= 0; k--) {
			Entity entity = s.entityAt(k);
			String word = s.word(k);
			Token token = s.token(k);
			if (entity != null && entity.isOrganization()) {
				manufacturer = entity.ref();
				break;
			}
			if (entity != null && entity.isCountry()) {
				origin = entity.countryOf();
				break;
			}
			if (entity != null || s.isWord(k, "'s", "\u2019s")) {
				break;
			}
			String whole = SystemWords.gluedWord(s, k);
			boolean name = Character.isUpperCase(whole.charAt(0)) || NameShapes.isCode(whole.replace("/", ""))
					|| token.text().matches("\\d+(mm|-mm|mm\\.)")
					|| token.text().matches("\\d+") && k + 1 < head && s.token(k + 1).text().matches("(?i)mm");
			if (name && !Lexicon.NOT_NAMES.contains(word) && !(k == 0 && Lexicon.SENTENCE_OPENERS.contains(word))) {
				named = true;
				first = k;
			}
			else if (Lexicon.CATEGORY_MODIFIERS.contains(word) || word.equals("-") || word.equals("mm")
					|| (word.matches("[a-z]+-[a-z]+") && "ADJ".equals(s.pos(k)))) {
				first = k;
			}
			else {
				break;
			}
		}
		boolean generic = !named && GENERIC_SYSTEMS.contains(s.lemma(head));
		if (!named && first == head && GENERIC_SYSTEMS.contains(s.lemma(head)) && !s.isWord(head - 1, "military")) {
			return null;
		}
		if (!named && (s.lemma(head).equals("system") || s.lemma(head).equals("equipment"))
				&& !s.isWord(head - 1, "military", "defence", "weapon", "weapons")) {
			return null;
		}
		String name = SystemWords.nameOf(s, first, head);
		Integer quantity = SystemWords.quantityBefore(s, (manufacturer != null) ? entityStart(s, first) : first);
		if (origin == null) {
			origin = madeIn(s, first, context);
		}
		if (manufacturer == null) {
			manufacturer = makerAfter(s, head);
		}
		if (manufacturer == null && first < head) {
			// "Baykar's TB2 drones"
			Entity owner = s.entityAt(first - 2);
			if (s.isWord(first - 1, "'s", "\u2019s") && owner != null && owner.isOrganization()) {
				manufacturer = owner.ref();
			}
		}
		return new SystemPhrase(first, head + 1, name, SystemWords.categoryOf(s, first, head, category), generic,
				quantity, manufacturer, origin);
	}

	private static int entityStart(SentenceView s, int first) {
		Entity entity = s.entityAt(first - 1);
		return (entity != null) ? entity.first() : first;
	}

	/** "Turkish-made", "Chinese drones": the country a system comes from. */
	private static ActorRef madeIn(SentenceView s, int first, ArticleContext context) {
		for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
			Entity entity = s.entityAt(k);
			if (entity != null && entity.isCountry() && entity.demonym()) {
				return entity.ref();
			}
			String text = s.token(k).text();
			int dash = text.indexOf('-');
			if (dash > 0 && text.matches(".*-(made|built|designed|manufactured|origin)")) {
				Gazetteer.Entry entry = context.gazetteer.lookup(text.substring(0, dash));
				if (entry != null) {
					return context.countryRef(entry.code(), s.sentence.range());
				}
			}
		}
		return null;
	}

	/** "built by Aselsan", "from MKE": the maker named after a system. */
	private static ActorRef makerAfter(SentenceView s, int head) {
		for (int k = head + 1; k < Math.min(s.size(), head + 5); k++) {
			if (MANUFACTURER_INTRODUCERS.contains(s.word(k))) {
				Entity entity = s.entityAt(k + 1);
				if (entity == null && s.isWord(k + 1, "the")) {
					entity = s.entityAt(k + 2);
				}
				if (entity != null && entity.isOrganization()) {
					return entity.ref();
				}
			}
			if (s.isClauseBreak(k)) {
				break;
			}
		}
		return null;
	}

}
