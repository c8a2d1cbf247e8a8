package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes deals: a deal trigger (sign, order, buy, procure, acquire, deliver, offer,
 * consider, agree, negotiate, interest...) with a system ("18 Boran howitzers", "fighter
 * jets") or a deal noun (MoU, agreement, contract). The status is the trigger's lifecycle
 * step, read from the first of a chain of triggers ("considering buying" is
 * UNDER_CONSIDERATION) and turned PLANNED by a plan ("plans to acquire"). Buyer and
 * supplier are countries: the subject's for a buying verb, the supplier's for a selling
 * one, else a manufacturer's, "from X" or a demonym's.
 */
final class DealRule {

	private static final Map<String, DealCandidate.Status> TRIGGERS = Map.ofEntries(
			Map.entry("sign", DealCandidate.Status.SIGNED), Map.entry("order", DealCandidate.Status.SIGNED),
			Map.entry("buy", DealCandidate.Status.SIGNED), Map.entry("purchase", DealCandidate.Status.SIGNED),
			Map.entry("procure", DealCandidate.Status.SIGNED), Map.entry("acquire", DealCandidate.Status.SIGNED),
			Map.entry("acquisition", DealCandidate.Status.SIGNED),
			Map.entry("procurement", DealCandidate.Status.SIGNED), Map.entry("contract", DealCandidate.Status.SIGNED),
			Map.entry("ink", DealCandidate.Status.SIGNED), Map.entry("finalise", DealCandidate.Status.SIGNED),
			Map.entry("finalize", DealCandidate.Status.SIGNED), Map.entry("conclude", DealCandidate.Status.SIGNED),
			Map.entry("seal", DealCandidate.Status.SIGNED), Map.entry("agree", DealCandidate.Status.SIGNED),
			Map.entry("sell", DealCandidate.Status.SIGNED), Map.entry("award", DealCandidate.Status.SIGNED),
			Map.entry("deliver", DealCandidate.Status.DELIVERED), Map.entry("delivery", DealCandidate.Status.DELIVERED),
			Map.entry("hand", DealCandidate.Status.DELIVERED), Map.entry("handover", DealCandidate.Status.DELIVERED),
			Map.entry("receive", DealCandidate.Status.DELIVERED), Map.entry("induct", DealCandidate.Status.DELIVERED),
			Map.entry("commission", DealCandidate.Status.DELIVERED),
			Map.entry("supply", DealCandidate.Status.DELIVERED), Map.entry("operate", DealCandidate.Status.DELIVERED),
			Map.entry("offer", DealCandidate.Status.OFFERED), Map.entry("propose", DealCandidate.Status.OFFERED),
			Map.entry("pitch", DealCandidate.Status.OFFERED),
			Map.entry("consider", DealCandidate.Status.UNDER_CONSIDERATION),
			Map.entry("evaluate", DealCandidate.Status.UNDER_CONSIDERATION),
			Map.entry("weigh", DealCandidate.Status.UNDER_CONSIDERATION),
			Map.entry("assess", DealCandidate.Status.UNDER_CONSIDERATION),
			Map.entry("negotiate", DealCandidate.Status.NEGOTIATING),
			Map.entry("negotiation", DealCandidate.Status.NEGOTIATING),
			Map.entry("interest", DealCandidate.Status.INTEREST),
			Map.entry("interested", DealCandidate.Status.INTEREST), Map.entry("keen", DealCandidate.Status.INTEREST),
			Map.entry("seek", DealCandidate.Status.INTEREST), Map.entry("want", DealCandidate.Status.INTEREST),
			Map.entry("eye", DealCandidate.Status.INTEREST));

	/** Triggers whose subject sells: the buyer is whoever it goes "to". */
	private static final Set<String> SELLING = Lexicon.words("offer", "propose", "pitch", "sell", "supply", "deliver",
			"hand", "export", "delivery", "handover");

	private static final Set<String> AGREEMENT_NOUNS = Lexicon.words("mou", "mous", "memorandum", "agreement",
			"agreements", "deal", "contract", "accord", "protocol", "loi", "framework", "pact");

	private static final Set<String> GENERIC_SYSTEMS = Lexicon.words("system", "hardware", "equipment", "weapon",
			"vehicle", "aircraft", "ship", "vessel", "boat", "gun", "missile", "ammunition", "munition");

	private static final Set<String> MANUFACTURER_INTRODUCERS = Lexicon.words("by", "from");

	private final ArticleContext context;

	final List<Drafts.Deal> deals = new ArrayList<>();

	DealRule(ArticleContext context) {
		this.context = context;
	}

	void apply(SentenceView s) {
		List<Integer> triggers = triggers(s);
		if (triggers.isEmpty()) {
			return;
		}
		DealCandidate.Kind signalled = signalledKind(s);
		List<SystemPhrase> systems = systems(s);
		if (!systems.isEmpty()) {
			for (SystemPhrase system : systems) {
				int trigger = governingTrigger(s, triggers, system.first);
				if (trigger < 0) {
					continue;
				}
				DealCandidate.Kind kind = (signalled != null) ? signalled : DealCandidate.Kind.PROCUREMENT;
				add(s, trigger, kind, system);
			}
			return;
		}
		int agreement = agreementNoun(s);
		if (agreement >= 0 || (signalled != null && signalled != DealCandidate.Kind.MOU)) {
			int anchor = (agreement >= 0) ? agreement : signalIndex(s);
			int trigger = governingTrigger(s, triggers, anchor);
			if (trigger < 0) {
				trigger = nearest(triggers, anchor);
			}
			add(s, trigger, (signalled != null) ? signalled : DealCandidate.Kind.OTHER, null);
		}
	}

	private void add(SentenceView s, int trigger, DealCandidate.Kind kind, SystemPhrase system) {
		String lemma = triggerLemma(s, trigger);
		DealCandidate.Status status = TRIGGERS.get(lemma);
		boolean planned = Modality.planned(s, trigger);
		if (planned && status.ordinal() >= DealCandidate.Status.SIGNED.ordinal()) {
			status = DealCandidate.Status.PLANNED;
		}
		if (status == DealCandidate.Status.SIGNED && isProgressive(s, trigger)
				&& Set.of("sign", "finalise", "finalize", "conclude", "agree").contains(lemma)) {
			status = DealCandidate.Status.NEGOTIATING;
		}
		if (status == DealCandidate.Status.SIGNED
				&& s.find(Math.max(0, trigger - 3), trigger, "draft", "drafted") >= 0) {
			status = DealCandidate.Status.NEGOTIATING;
		}
		Drafts.Deal deal = new Drafts.Deal();
		deal.sentence = s.index;
		deal.kind = kind;
		deal.status = status;
		boolean passive = (s.isLemma(trigger - 1, "be") || s.isLemma(trigger - 2, "be"))
				&& !s.word(trigger).endsWith("ing");
		ActorRef subject = passive ? null : subjectCountry(s, trigger);
		ActorRef object = objectCountry(s, trigger, subject);
		ActorRef manufacturer = (system != null) ? system.manufacturer : null;
		if (SELLING.contains(lemma)) {
			deal.supplier = subject;
			deal.buyer = object;
		}
		else {
			deal.buyer = subject;
			deal.supplier = (lemma.equals("receive") || lemma.equals("induct") || lemma.equals("commission")
					|| lemma.equals("operate")) ? null : fromCountry(s, trigger);
			if (passive && deal.buyer == null) {
				deal.buyer = object;
			}
		}
		if (system != null && manufacturer == null) {
			// "ordered from Turkish Aerospace": a company the goods come from makes them
			manufacturer = organisationAfter(s, trigger);
		}
		if (deal.supplier == null && manufacturer != null) {
			deal.supplier = this.context.countryOf(manufacturer);
		}
		if (deal.supplier == null && system != null) {
			deal.supplier = system.origin;
		}
		if (deal.supplier == null) {
			deal.supplier = fromCountry(s, trigger);
		}
		if (deal.buyer == null) {
			deal.buyer = otherCountry(s, deal.supplier);
		}
		if (deal.supplier == null) {
			deal.supplier = otherCountry(s, deal.buyer);
		}
		boolean symmetric = kind == DealCandidate.Kind.MOU || kind == DealCandidate.Kind.FRAMEWORK_AGREEMENT
				|| (kind == DealCandidate.Kind.OTHER && system == null);
		for (Entity entity : s.entities) {
			if (entity.isOrganization() || (symmetric && entity.isCountry())) {
				Drafts.addAll(deal.parties, List.of(entity.ref()));
			}
		}
		if (symmetric) {
			Drafts.addAll(deal.parties, listOf(deal.buyer));
			Drafts.addAll(deal.parties, listOf(deal.supplier));
			deal.buyer = null;
			deal.supplier = null;
		}
		if (deal.buyer != null && deal.buyer.equals(deal.supplier)) {
			deal.supplier = null;
		}
		if (system != null) {
			Integer quantity = system.quantity;
			Integer plannedQuantity = plannedQuantity(s, system);
			if (deal.status == DealCandidate.Status.PLANNED && plannedQuantity == null) {
				plannedQuantity = quantity;
				quantity = null;
			}
			deal.items
				.add(new DealItemCandidate(system.name, system.category, manufacturer, quantity, plannedQuantity));
			if (manufacturer != null) {
				Drafts.addAll(deal.parties, List.of(manufacturer));
			}
		}
		DateResolver.DateMention date = ContactRule.nearestDate(s, trigger, planned, this.context.publishedOn);
		deal.date = (date != null) ? date.date() : this.context.fallbackDate();
		deal.dateExplicit = date != null;
		deal.evidence.add(s.sentence.range());
		deal.rule = (system != null) ? "deal.system-" + lemma : "deal.agreement-" + lemma;
		double confidence = 0.5;
		confidence += (system != null && !system.generic) ? 0.15 : 0;
		confidence += (deal.buyer != null && deal.supplier != null || symmetric && deal.parties.size() >= 2) ? 0.1
				: -0.1;
		confidence += deal.dateExplicit ? 0.1 : -0.2;
		deal.confidence = confidence;
		this.deals.add(deal);
	}

	private static List<Integer> triggers(SentenceView s) {
		List<Integer> triggers = new ArrayList<>();
		for (int i = 0; i < s.size(); i++) {
			String lemma = triggerLemma(s, i);
			if (lemma == null) {
				continue;
			}
			triggers.add(i);
		}
		return triggers;
	}

	/** The trigger lemma of token {@code i}, or null when it is none in this use. */
	private static String triggerLemma(SentenceView s, int i) {
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
	 * The trigger that governs a system or deal noun: the nearest one before it, walked
	 * back along a chain of triggers ("is considering buying"); else the nearest after
	 * it.
	 */
	private static int governingTrigger(SentenceView s, List<Integer> triggers, int anchor) {
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

	private static boolean clauseBreakBetween(SentenceView s, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			if (s.isWord(i, ";") || (s.isWord(i, ",") && (s.isWord(i + 1, "while", "but", "and", "which", "who")))
					|| s.isWord(i, "while", "whereas")) {
				return true;
			}
		}
		return false;
	}

	private static int nearest(List<Integer> triggers, int anchor) {
		int best = triggers.get(0);
		for (int trigger : triggers) {
			if (Math.abs(trigger - anchor) < Math.abs(best - anchor)) {
				best = trigger;
			}
		}
		return best;
	}

	private static boolean isProgressive(SentenceView s, int i) {
		return s.word(i).endsWith("ing") && (s.isLemma(i - 1, "be") || s.isLemma(i - 2, "be"));
	}

	private static DealCandidate.Kind signalledKind(SentenceView s) {
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

	private static int signalIndex(SentenceView s) {
		for (int i = 0; i < s.size(); i++) {
			if (s.isWord(i, "production", "produce", "transfer", "technology", "training", "train", "venture",
					"co-production", "manufacture", "manufacturing")) {
				return i;
			}
		}
		return 0;
	}

	private static int agreementNoun(SentenceView s) {
		for (int i = 0; i < s.size(); i++) {
			if (AGREEMENT_NOUNS.contains(s.word(i)) && !"VERB".equals(s.pos(i))) {
				return i;
			}
		}
		return -1;
	}

	/** A system a sentence names: its name, category, quantity, maker and origin. */
	private record SystemPhrase(int first, int last, String name, String category, boolean generic, Integer quantity,
			ActorRef manufacturer, ActorRef origin) {

	}

	private List<SystemPhrase> systems(SentenceView s) {
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
			SystemPhrase system = system(s, i, category);
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

	private SystemPhrase system(SentenceView s, int head, String category) {
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
				k = entity.first();
				first = (first == head && !named) ? first : first;
				break;
			}
			if (entity != null && entity.isCountry()) {
				origin = entity.countryOf();
				break;
			}
			if (entity != null) {
				break;
			}
			if (s.isWord(k, "'s", "\u2019s")) {
				break;
			}
			String whole = gluedWord(s, k);
			boolean name = Character.isUpperCase(whole.charAt(0)) || EntityFinder.isCode(whole.replace("/", ""))
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
			else if (word.endsWith("-made") || word.endsWith("-built") || word.endsWith("-designed")) {
				break;
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
		String name = nameOf(s, first, head);
		Integer quantity = quantityBefore(s, (manufacturer != null) ? entityStart(s, first) : first);
		if (origin == null) {
			origin = madeIn(s, first, head);
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
		return new SystemPhrase(first, head + 1, name, categoryOf(s, first, head, category), generic, quantity,
				manufacturer, origin);
	}

	/** The written word token {@code k} is part of: "T" "-129" is "T-129". */
	private static String gluedWord(SentenceView s, int k) {
		int from = k;
		int to = k;
		while (from > 0 && s.token(from - 1).end() == s.token(from).start() && isWordPiece(s.token(from - 1))) {
			from--;
		}
		while (to + 1 < s.size() && s.token(to).end() == s.token(to + 1).start() && isWordPiece(s.token(to + 1))) {
			to++;
		}
		StringBuilder word = new StringBuilder();
		for (int i = from; i <= to; i++) {
			word.append(s.token(i).text());
		}
		return word.toString();
	}

	private static boolean isWordPiece(Token token) {
		return token.text().chars().anyMatch(Character::isLetterOrDigit) && !token.text().equals("'s")
				&& !token.text().equals("\u2019s");
	}

	private static int entityStart(SentenceView s, int first) {
		Entity entity = s.entityAt(first - 1);
		return (entity != null) ? entity.first() : first;
	}

	private static String nameOf(SentenceView s, int first, int head) {
		StringBuilder name = new StringBuilder();
		for (int i = first; i <= head; i++) {
			Token token = s.token(i);
			String text = (i == head) ? singular(token) : token.text();
			if (i > first && token.start() > s.token(i - 1).end()) {
				name.append(' ');
			}
			name.append(text);
		}
		String result = name.toString();
		return Character.isLowerCase(result.charAt(0)) ? Character.toUpperCase(result.charAt(0)) + result.substring(1)
				: result;
	}

	private static String singular(Token token) {
		String text = token.text();
		String lemma = token.lemma();
		if (lemma.length() > 1 && text.toLowerCase(Locale.ROOT).startsWith(lemma) && text.length() > lemma.length()) {
			return text.substring(0, lemma.length());
		}
		return text;
	}

	private static String categoryOf(SentenceView s, int first, int head, String category) {
		if ("Tank".equals(category) && s.isWord(head - 1, "light")) {
			return "Light tank";
		}
		if ("Tank".equals(category) && s.isWord(head - 1, "battle")) {
			return "Main battle tank";
		}
		if ("Unmanned aerial vehicle".equals(category) && s.find(first, head, "combat", "armed", "attack") >= 0) {
			return "Unmanned combat aerial vehicle";
		}
		if ("Ship".equals(category) && s.isWord(head - 1, "patrol")) {
			return "Patrol vessel";
		}
		if ("Armoured vehicle".equals(category)
				&& s.find(first, head, "armoured", "armored", "personnel", "infantry") < 0 && !s.isLemma(head, "apc")) {
			return "Vehicle";
		}
		return category;
	}

	/** The quantity just before a system: "18 Boran howitzers", "six more frigates". */
	private static Integer quantityBefore(SentenceView s, int first) {
		for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
			Integer number = Lexicon.number(s.token(k));
			if (number != null) {
				if (s.isWord(k + 1, "percent", "%", "per", "years", "year", "months", "days")) {
					return null;
				}
				if (s.isWord(k - 1, "dozen") || s.isWord(k + 1, "dozen")) {
					return number * 12;
				}
				return number;
			}
			if (!s.isWord(k, "more", "additional", "new", "another", "further", "of", "the", "up", "to", "some",
					"around", "about", "nearly", "over", "least", "at", "as", "many", "a", "extra", "unspecified",
					"number")) {
				return null;
			}
		}
		return null;
	}

	/**
	 * A second number the sentence calls the total or the plan: "18 of a planned 200",
	 * "up to 200 in all".
	 */
	private static Integer plannedQuantity(SentenceView s, SystemPhrase system) {
		for (int i = 0; i < s.size(); i++) {
			Integer number = Lexicon.number(s.token(i));
			if (number == null || number.equals(system.quantity) || s.isWord(i + 1, "percent", "%", "years", "year")
					|| s.token(i).text().matches("(19|20)\\d\\d")) {
				continue;
			}
			if (s.find(Math.max(0, i - 3), i, "planned", "total", "eventually", "ultimately", "overall") >= 0
					|| s.find(i + 1, Math.min(s.size(), i + 3), "planned", "total", "all", "eventually") >= 0) {
				return number;
			}
		}
		return null;
	}

	/** "Turkish-made", "Chinese drones": the country a system comes from. */
	private ActorRef madeIn(SentenceView s, int first, int head) {
		for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
			Entity entity = s.entityAt(k);
			if (entity != null && entity.isCountry() && entity.demonym()) {
				return entity.ref();
			}
			String text = s.token(k).text();
			int dash = text.indexOf('-');
			if (dash > 0 && text.matches(".*-(made|built|designed|manufactured|origin)")) {
				Gazetteer.Entry entry = this.context.gazetteer.lookup(text.substring(0, dash));
				if (entry != null) {
					return this.context.countryRef(entry.code(), s.sentence.range());
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

	/**
	 * The country of whoever does the trigger: the nearest actor before it in its clause.
	 */
	private ActorRef subjectCountry(SentenceView s, int trigger) {
		for (int k = trigger - 1; k >= 0; k--) {
			if (s.isWord(k, ";")) {
				break;
			}
			if (s.isWord(k, ",")) {
				k = skipAppositive(s, k);
				continue;
			}
			Entity entity = s.entityAt(k);
			boolean actor = entity != null && (entity.isActor() || entity.type() == Entity.Type.PLACE);
			if (actor && !s.isWord(entity.first() - 1, "with", "to", "from", "by", "in", "at")) {
				ActorRef country = entity.countryOf();
				if (country != null) {
					return country;
				}
			}
		}
		return null;
	}

	/**
	 * From the comma closing ", the Turkish manufacturer," back to the comma opening it,
	 * so a subject is not taken from an apposition.
	 */
	static int skipAppositive(SentenceView s, int comma) {
		for (int k = comma - 1; k >= 0; k--) {
			if (s.isWord(k, ",")) {
				return s.isWord(k + 1, "the", "a", "an", "its", "which", "who", "whose") ? k : comma;
			}
			if (s.isWord(k, ";")) {
				return comma;
			}
		}
		return comma;
	}

	/**
	 * The country the goods go "to" (or come "from"): the first other country after the
	 * trigger.
	 */
	private ActorRef objectCountry(SentenceView s, int trigger, ActorRef not) {
		for (Entity entity : s.entities) {
			boolean to = s.isWord(entity.first() - 1, "to", "for")
					|| (s.isWord(entity.first() - 1, "the") && s.isWord(entity.first() - 2, "to", "for"));
			if (entity.first() > trigger && entity.isActor() && to && entity.countryOf() != null
					&& !entity.countryOf().equals(not)) {
				return entity.countryOf();
			}
		}
		for (Entity entity : s.entities) {
			if (entity.first() <= trigger || !entity.isActor()) {
				continue;
			}
			ActorRef country = entity.countryOf();
			if (country != null && !country.equals(not) && !s.isWord(entity.first() - 1, "from")
					&& !(entity.isOrganization() && s.isWord(entity.first() - 1, "by"))) {
				return country;
			}
		}
		return null;
	}

	private static ActorRef organisationAfter(SentenceView s, int trigger) {
		for (Entity entity : s.entities) {
			if (entity.isOrganization() && s.isWord(entity.first() - 1, "from", "by")) {
				return entity.ref();
			}
		}
		return null;
	}

	/** "from Türkiye", "from MKE": the supplier's country. */
	private static ActorRef fromCountry(SentenceView s, int trigger) {
		for (Entity entity : s.entities) {
			if (entity.isActor() && s.isWord(entity.first() - 1, "from") && entity.countryOf() != null) {
				return entity.countryOf();
			}
		}
		return null;
	}

	/** The one country named besides {@code not}. */
	private static ActorRef otherCountry(SentenceView s, ActorRef not) {
		if (not == null) {
			return null;
		}
		Set<ActorRef> others = new LinkedHashSet<>();
		for (Entity entity : s.entities) {
			ActorRef country = entity.isActor() ? entity.countryOf() : null;
			if (country != null && !country.equals(not)) {
				others.add(country);
			}
		}
		return (others.size() == 1) ? others.iterator().next() : null;
	}

	private static List<ActorRef> listOf(ActorRef ref) {
		return (ref != null) ? List.of(ref) : List.of();
	}

}
