package org.diplograph.extraction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the rules look for, by what they signal: titles before a name, heads of
 * organisation and event names, categories of military systems, and number words.
 * Compared in lower case, without a trailing full stop.
 */
final class Lexicon {

	private Lexicon() {
	}

	/**
	 * Words of a title or rank before a person's name ("Chief of Naval Staff Admiral").
	 */
	static final Set<String> TITLE_WORDS = Lexicon.words("president", "vice", "prime", "minister", "ministers",
			"secretary", "deputy", "state", "foreign", "defence", "defense", "home", "interior", "finance", "commerce",
			"trade", "general", "gen", "lieutenant", "lt", "major", "maj", "brigadier", "brig", "colonel", "col",
			"captain", "capt", "commodore", "cdre", "admiral", "adm", "rear", "air", "chief", "chiefs", "marshal",
			"field", "commander", "cdr", "cmdr", "ambassador", "envoy", "high", "commissioner", "attache", "attaché",
			"mr", "mrs", "ms", "dr", "prof", "professor", "king", "queen", "prince", "princess", "sheikh", "sultan",
			"emir", "crown", "senator", "chairman", "chairperson", "chair", "director", "directorgeneral", "adviser",
			"advisor", "special", "assistant", "undersecretary", "under", "army", "naval", "navy", "staff", "joint",
			"of", "the", "and", "principal", "officer", "head", "executive", "managing", "governor", "speaker", "lady",
			"sir", "his", "her", "excellency", "honourable", "honorable", "retired", "retd", "sergeant", "squadron",
			"leader", "wing", "group", "flight", "lt-gen", "maj-gen", "counterpart", "spokesperson", "spokesman",
			"spokeswoman", "secretarygeneral", "inspector", "quartermaster", "master", "ceo", "cto", "coo", "cfo",
			"founder", "chancellor", "premier", "supreme", "mufti", "imam", "mayor", "consul", "nobel", "laureate",
			"affairs", "adjutant", "surgeon", "mp", "justice", "defence-minister", "ordnance", "industries", "industry",
			"operations", "intelligence", "aviation", "logistics", "training", "education", "planning", "procurement",
			"coast", "guard", "forces", "force", "armed", "commandant", "acting", "former", "new", "senior", "then",
			"top", "science", "technology", "youth", "sports", "national", "security", "information", "foreign-affairs",
			"minister-counsellor", "counsellor", "vice-chancellor", "vice-president", "vice-admiral", "rear-admiral",
			"lieutenant-general", "major-general", "air-marshal", "east", "west", "north", "south");

	/** Words that, as a name's last word, make it an organisation ("Pakistan Navy"). */
	static final Set<String> ORGANIZATION_TAILS = Lexicon.words("navy", "army", "force", "forces", "corps", "guard",
			"guards", "command", "ltd", "limited", "inc", "incorporated", "corporation", "corp", "company", "co",
			"industries", "industry", "agency", "authority", "council", "bank", "university", "institute", "office",
			"directorate", "secretariat", "commission", "group", "holdings", "systems", "aerospace", "shipyard",
			"shipyards", "factory", "factories", "organisation", "organization", "association", "committee", "board",
			"service", "services", "academy", "college", "bureau", "embassy", "ministry", "department", "technologies",
			"technology", "electronics", "dynamics", "works", "engineering", "gmbh", "plc", "llc", "ag", "sa", "as",
			"aş", "a.ş", "party", "police", "parliament", "cabinet", "government", "administration", "division",
			"brigade", "regiment", "battalion", "fleet", "squadron", "headquarters", "hq", "staff", "federation",
			"union", "alliance", "organisation's", "consortium", "enterprise", "enterprises", "ministries",
			"foundation", "centre", "center", "laboratory", "laboratories", "labs", "mission", "commission", "assembly",
			"senate", "chamber", "court", "network", "partners", "industries'", "establishment", "complex", "airlines",
			"marine", "marines", "coastguard", "rangers", "constabulary");

	/** Words that, as a name's first word before "of", make it an organisation. */
	static final Set<String> ORGANIZATION_HEADS = Lexicon.words("ministry", "department", "office", "directorate",
			"bureau", "institute", "university", "bank", "embassy", "council", "commission", "agency", "board",
			"committee", "secretariat", "academy", "college", "corps", "chamber", "federation", "union", "association",
			"organisation", "organization", "presidency", "government", "league", "court", "house", "people's", "pt",
			"pjsc", "jsc", "ojsc");

	/** Words that make a name an event, a document or a programme, not an actor. */
	static final Set<String> EVENT_WORDS = Lexicon.words("forum", "summit", "assembly", "conference", "dialogue",
			"exercise", "expo", "exhibition", "fair", "show", "games", "agreement", "memorandum", "framework", "treaty",
			"accord", "declaration", "initiative", "programme", "program", "project", "day", "week", "award", "prize",
			"cup", "convention", "charter", "plan", "strategy", "policy", "act", "talks", "meeting", "session",
			"symposium", "seminar", "workshop", "festival", "olympics", "war", "operation", "corridor", "understanding",
			"cooperation", "partnership", "protocol", "contract", "deal", "summit's", "drill", "drills", "manoeuvres",
			"maneuvers", "review", "parade", "ceremony", "visit", "tour", "mission's", "idef", "ideas", "dsa",
			"conclave", "consultations", "meet");

	/** Words that open a sentence without naming anything. */
	static final Set<String> SENTENCE_OPENERS = Lexicon.words("the", "a", "an", "in", "on", "at", "during", "meanwhile",
			"however", "he", "she", "they", "it", "this", "that", "these", "those", "both", "according", "earlier",
			"later", "last", "next", "speaking", "after", "before", "while", "under", "with", "for", "as", "but", "and",
			"officials", "sources", "also", "since", "his", "her", "their", "its", "our", "we", "i", "there", "several",
			"many", "some", "separately", "besides", "moreover", "furthermore", "following", "addressing", "talking",
			"responding", "asked", "when", "if", "although", "though", "among", "through", "to", "from", "by", "over",
			"about", "analysts", "observers", "experts", "diplomats", "military", "defence", "defense", "no", "one",
			"two", "three", "another", "other", "each", "every", "such", "then", "now", "today", "yesterday",
			"tomorrow", "what", "who", "which", "where", "why", "how", "all", "further", "further,", "sunday", "monday",
			"tuesday", "wednesday", "thursday", "friday", "saturday", "officially", "notably", "once", "once,", "ahead",
			"upon", "within", "beyond", "despite", "amid", "amidst", "alongside");

	/** Capitalised words that are never part of a name. */
	static final Set<String> NOT_NAMES = Lexicon.words("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
			"sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday", "i", "mou", "mous", "loi", "he", "she", "they", "we", "it", "his", "her", "their", "our");

	/** Military system categories by the lemma of the noun: the category recorded. */
	static final Map<String, String> CATEGORIES = byWord(
			Map.ofEntries(Map.entry("Artillery", words("howitzer", "gun", "artillery", "mortar")),
					Map.entry("Tank", words("tank")), Map.entry("Unmanned aerial vehicle", words("drone", "uav")),
					Map.entry("Unmanned combat aerial vehicle", words("ucav")), Map.entry("Frigate", words("frigate")),
					Map.entry("Corvette", words("corvette")), Map.entry("Submarine", words("submarine")),
					Map.entry("Destroyer", words("destroyer")), Map.entry("Combat aircraft", words("jet", "fighter")),
					Map.entry("Aircraft", words("aircraft", "airplane", "plane", "tanker", "transport")),
					Map.entry("Trainer aircraft", words("trainer")), Map.entry("Helicopter", words("helicopter")),
					Map.entry("Missile", words("missile", "interceptor")), Map.entry("Small arms", words("rifle")),
					Map.entry("Armoured vehicle", words("vehicle", "apc", "carrier")),
					Map.entry("Radar", words("radar")), Map.entry("Ship", words("ship", "vessel", "boat")),
					Map.entry("Rocket artillery", words("launcher", "rocket")), Map.entry("System", words("system")),
					Map.entry("Torpedo", words("torpedo")), Map.entry("Ammunition", words("ammunition", "munition")),
					Map.entry("Satellite", words("satellite")), Map.entry("Military hardware", words("hardware")),
					Map.entry("Military equipment", words("equipment")), Map.entry("Weapons", words("weapon"))));

	/** Words before a category noun that are part of the system's name ("light tank"). */
	static final Set<String> CATEGORY_MODIFIERS = Lexicon.words("light", "main", "battle", "combat", "armoured",
			"armored", "unmanned", "attack", "multirole", "multi-role", "fighter", "air", "defence", "defense", "naval",
			"patrol", "offshore", "anti-ship", "cruise", "ballistic", "surface-to-air", "air-to-air", "self-propelled",
			"towed", "infantry", "fighting", "personnel", "transport", "training", "trainer", "utility", "maritime",
			"coastal", "guided", "military", "tactical", "strike", "reconnaissance", "surveillance", "radar", "missile",
			"landing", "amphibious", "stealth", "heavy", "medium", "long-range", "short-range", "medium-range",
			"rocket", "multiple", "artillery", "kamikaze", "loitering", "mine", "sniper", "assault", "submarine",
			"attack-class", "frigate", "corvette", "helicopter", "drone", "armed", "cargo", "class", "ada-class",
			"electronic", "warfare", "early", "warning", "airborne", "short", "long", "range");

	/** Number words up to twenty and the round tens and scores. */
	static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("hundred", 100), Map.entry("dozen", 12),
			Map.entry("a dozen", 12), Map.entry("pair", 2), Map.entry("single", 1));

	/** A set of words; a word listed twice is harmless. */
	static Set<String> words(String... words) {
		return Set.copyOf(Arrays.asList(words));
	}

	/** Each word of each group to the group's value; a word in two groups is an error. */
	static <V> Map<String, V> byWord(Map<V, Set<String>> groups) {
		Map<String, V> byWord = new HashMap<>();
		groups.forEach((value, words) -> words.forEach((word) -> {
			if (byWord.put(word, value) != null) {
				throw new IllegalArgumentException("\"" + word + "\" is in two groups");
			}
		}));
		return Map.copyOf(byWord);
	}

	/** The lower-case form of a token without a trailing full stop, for the word sets. */
	static String word(Token token) {
		String text = token.text().toLowerCase(Locale.ROOT);
		return (text.length() > 1 && text.endsWith(".")) ? text.substring(0, text.length() - 1) : text;
	}

	/** The number a token says ("18", "1,200", "six"), or null. */
	static Integer number(Token token) {
		String text = token.text().replace(",", "");
		if (text.matches("\\d{1,6}")) {
			return Integer.valueOf(text);
		}
		return NUMBER_WORDS.get(text.toLowerCase(Locale.ROOT));
	}

}
