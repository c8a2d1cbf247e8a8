package org.diplograph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.diplograph.common.Names;

/**
 * Writes a synthetic corpus at a chosen scale in the seed format the loader reads: a seed
 * directory ({@code articles.yaml}, {@code actors.yaml}, {@code visits.yaml},
 * {@code deals.yaml}), a directory of source texts, and the query variables the load
 * driver cycles through. The same article count and seed give the same bytes.
 * <p>
 * Popularity is Zipf-like: a few countries send and host most visits, and within a
 * country a few people travel, meet and are named far more than the rest. Texts are built
 * so that the loader's cleaning leaves them as written (one paragraph per line, one blank
 * line between paragraphs, no trailing whitespace, a first line that is a sentence so the
 * title comes from {@code articles.yaml}), so evidence ranges are offsets in the files.
 * <p>
 * Usage: {@code CorpusGenerator --articles 10000 --out DIR [--seed 20250823]}
 */
public final class CorpusGenerator {

	public static final long DEFAULT_SEED = 20250823L;

	static final String SEED_DIR = "seed";

	static final String TEXT_DIR = "texts";

	static final String VARS_DIR = "vars";

	private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);

	private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

	/** Name, ISO code, capital and other names; in order of popularity. */
	static final String[][] COUNTRIES = { { "Bangladesh", "BD", "Dhaka" },
			{ "Türkiye", "TR", "Ankara", "Turkey", "Turkiye" }, { "Pakistan", "PK", "Islamabad" },
			{ "China", "CN", "Beijing", "People's Republic of China" },
			{ "United States", "US", "Washington", "United States of America" }, { "India", "IN", "New Delhi" },
			{ "Russia", "RU", "Moscow", "Russian Federation" }, { "France", "FR", "Paris" },
			{ "United Kingdom", "GB", "London", "Britain" }, { "Indonesia", "ID", "Jakarta" },
			{ "Saudi Arabia", "SA", "Riyadh" }, { "Germany", "DE", "Berlin" }, { "Japan", "JP", "Tokyo" },
			{ "South Korea", "KR", "Seoul", "Republic of Korea" }, { "Italy", "IT", "Rome" },
			{ "Malaysia", "MY", "Kuala Lumpur" }, { "Egypt", "EG", "Cairo" },
			{ "United Arab Emirates", "AE", "Abu Dhabi" }, { "Poland", "PL", "Warsaw" }, { "Ukraine", "UA", "Kyiv" },
			{ "Vietnam", "VN", "Hanoi", "Viet Nam" }, { "Thailand", "TH", "Bangkok" },
			{ "Myanmar", "MM", "Naypyidaw", "Burma" }, { "Australia", "AU", "Canberra" }, { "Spain", "ES", "Madrid" },
			{ "Qatar", "QA", "Doha" }, { "Azerbaijan", "AZ", "Baku" }, { "Sri Lanka", "LK", "Colombo" },
			{ "Philippines", "PH", "Manila" }, { "Greece", "GR", "Athens" }, { "Sweden", "SE", "Stockholm" },
			{ "Brazil", "BR", "Brasília" }, { "Nigeria", "NG", "Abuja" }, { "Kazakhstan", "KZ", "Astana" },
			{ "Jordan", "JO", "Amman" }, { "Oman", "OM", "Muscat" }, { "Algeria", "DZ", "Algiers" },
			{ "Morocco", "MA", "Rabat" }, { "Norway", "NO", "Oslo" }, { "Finland", "FI", "Helsinki" },
			{ "Romania", "RO", "Bucharest" }, { "Czechia", "CZ", "Prague", "Czech Republic" },
			{ "Nepal", "NP", "Kathmandu" }, { "Kenya", "KE", "Nairobi" }, { "Ethiopia", "ET", "Addis Ababa" },
			{ "Uzbekistan", "UZ", "Tashkent" }, { "Chile", "CL", "Santiago" }, { "Argentina", "AR", "Buenos Aires" },
			{ "Canada", "CA", "Ottawa" }, { "South Africa", "ZA", "Pretoria" }, { "Serbia", "RS", "Belgrade" },
			{ "Hungary", "HU", "Budapest" }, { "Portugal", "PT", "Lisbon" }, { "Netherlands", "NL", "Amsterdam" },
			{ "Belgium", "BE", "Brussels" }, { "Singapore", "SG", "Singapore" }, { "Iraq", "IQ", "Baghdad" },
			{ "Kuwait", "KW", "Kuwait City" }, { "Côte d'Ivoire", "CI", "Yamoussoukro", "Ivory Coast" },
			{ "Mexico", "MX", "Mexico City" } };

	private static final String[] GIVEN_NAMES = { "Arman", "Selin", "Tarek", "Noor", "Farhan", "Lina", "Omar", "Kemal",
			"Aylin", "Rashid", "Mira", "Daniel", "Elena", "Hugo", "Ines", "Jonas", "Katya", "Luca", "Marta", "Nikos",
			"Olga", "Pavel", "Rania", "Samir", "Tomas", "Vera", "Yusuf", "Zara", "Adil", "Bilal", "Dario", "Emre",
			"Fatima", "Goran", "Hana", "Idris", "Jamal", "Karim", "Leila", "Malik", "Nadia", "Oskar", "Priya", "Qasim",
			"Rafael", "Sofia", "Tariq", "Umar", "Vikram", "Yara", "Zoran", "Álvaro", "Çağla", "Jürgen", "Björn",
			"Søren", "Renée", "Anwar", "Mehmet", "Shirin" };

	private static final String[] SYLLABLES = { "ka", "lo", "mir", "va", "den", "sor", "tel", "ran", "bek", "zu", "fa",
			"gor", "hal", "ish", "jun", "kor", "lem", "nad", "or", "pel", "qui", "ros", "sab", "tun", "ul", "vel",
			"wan", "yel", "zan", "dar", "mon", "ser", "ti", "na", "bri", "cas", "dro", "ev", "ghi", "hu" };

	private static final String PLAIN = "ouecsa";

	private static final String ACCENTED = "öüéçşá";

	private static final String[] ROLE_TITLES = { "Minister of Defence", "Chief of Army Staff", "Chief of Naval Staff",
			"Chief of Air Staff", "Foreign Minister", "Deputy Defence Minister", "National Security Adviser",
			"Ambassador", "Defence Attaché", "Director General of Defence Procurement", "Chairman of the Joint Chiefs",
			"Trade Minister", "Head of Defence Industries", "Commander of the Coast Guard" };

	private static final String[] ORGANISATION_KINDS = { "Aerospace", "Dynamics", "Defence Industries", "Shipyard",
			"Ordnance Factories", "Electronics", "Land Systems", "Naval Systems", "Munitions", "Avionics",
			"Defence Technologies", "Strategic Institute" };

	/** Category of a system and the noun the texts use for it. */
	private static final String[][] CATEGORIES = { { "Artillery", "self-propelled howitzer" },
			{ "Light tank", "light tank" }, { "Armoured vehicle", "armoured personnel carrier" },
			{ "Unmanned aerial vehicle", "reconnaissance drone" }, { "Combat aircraft", "multirole fighter" },
			{ "Trainer aircraft", "jet trainer" }, { "Frigate", "frigate" },
			{ "Patrol vessel", "offshore patrol vessel" }, { "Air defence", "short-range air defence system" },
			{ "Radar", "coastal surveillance radar" }, { "Helicopter", "utility helicopter" },
			{ "Missile", "anti-ship missile" }, { "Small arms", "assault rifle" },
			{ "Submarine", "diesel-electric submarine" } };

	/** Purpose as stored, and as the texts put it. */
	private static final String[][] PURPOSES = { { "Defence industry cooperation", "talks on defence industry" },
			{ "Joint training", "a review of joint training" },
			{ "Annual defence dialogue", "the annual defence dialogue" },
			{ "Maritime security", "discussions on maritime security" },
			{ "Arms procurement", "talks on arms procurement" },
			{ "Joint military commission", "a meeting of the joint military commission" },
			{ "Peacekeeping", "consultations on peacekeeping" }, { "Border security", "talks on border security" },
			{ "Defence exhibition", "an exhibition of defence equipment" },
			{ "Staff college exchange", "a staff college exchange" } };

	private static final String[] SUBJECTS = { "Officials", "Senior officers", "The delegation", "Analysts",
			"Both governments", "Regional observers", "Diplomats", "The defence ministry", "Parliamentary committees",
			"Industry representatives", "Military planners", "The two sides", "Procurement staff", "Naval commanders" };

	private static final String[] VERBS = { "discussed", "reviewed", "welcomed", "examined", "stressed the value of",
			"agreed to study", "called for", "raised", "considered", "set out plans for", "highlighted", "pressed for",
			"played down", "questioned" };

	private static final String[] OBJECTS = { "closer cooperation on maritime security",
			"joint training for junior officers", "a framework for defence procurement",
			"new channels for intelligence sharing", "the maintenance of existing equipment",
			"coastal surveillance along shared sea lanes", "peacekeeping deployments", "officer exchange programmes",
			"local assembly of spare parts", "export credit for military purchases", "long-term support contracts",
			"counter-terrorism coordination", "disaster relief logistics", "cyber defence capacity",
			"border security arrangements", "a regional air defence network", "the modernisation of naval bases" };

	private static final String[] TAILS = { "in the coming months", "over the next budget cycle",
			"according to people briefed on the talks", "without giving further details",
			"after several rounds of talks", "during a closed session", "as part of a wider review",
			"ahead of the annual defence dialogue", "in a statement issued later", "despite earlier delays",
			"at a briefing for reporters", "while budgets remain tight" };

	private static final String[] LEAD_VERBS = { "moved closer on", "took stock of", "renewed their focus on",
			"signalled progress on", "returned to" };

	private static final String[] PUBLICATIONS = { "Regional Defence Review", "The Maritime Ledger",
			"Capital Security Weekly", "Strategic Affairs Monitor", "Frontier Gazette" };

	private static final String[] STATUS_LINES = { "INTEREST", "UNDER_CONSIDERATION", "OFFERED", "NEGOTIATING",
			"PLANNED", "SIGNED", "DELIVERED" };

	private static final String[] AGREEMENT_KINDS = { "FRAMEWORK_AGREEMENT", "MOU", "TRAINING" };

	private final int articleCount;

	private final long seed;

	private final Random random;

	private final Set<String> slugs = new HashSet<>();

	private final Set<String> vocabulary = new HashSet<>();

	private final List<Actor> countries = new ArrayList<>();

	/** People of each country, most prominent first. */
	private final List<List<Actor>> peopleByCountry = new ArrayList<>();

	private final List<List<Actor>> organisationsByCountry = new ArrayList<>();

	private final List<Actor> actors = new ArrayList<>();

	private final List<Fact> visits = new ArrayList<>();

	private final List<Fact> deals = new ArrayList<>();

	private final List<Article> articles = new ArrayList<>();

	private Zipf countryPopularity;

	private final List<Zipf> personPopularity = new ArrayList<>();

	private int evidence;

	private CorpusGenerator(int articleCount, long seed) {
		this.articleCount = articleCount;
		this.seed = seed;
		this.random = new Random(seed);
		for (String[] list : List.of(SUBJECTS, VERBS, OBJECTS, TAILS, LEAD_VERBS, GIVEN_NAMES)) {
			for (String phrase : list) {
				this.vocabulary.addAll(Arrays.asList(Names.fold(phrase).split("[^\\p{L}\\p{N}]+")));
			}
		}
	}

	public static void main(String[] args) throws IOException {
		int articles = 1000;
		Path out = null;
		long seed = DEFAULT_SEED;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--articles" -> articles = Integer.parseInt(args[++i]);
				case "--out" -> out = Path.of(args[++i]);
				case "--seed" -> seed = Long.parseLong(args[++i]);
				default -> throw new IllegalArgumentException(
						"unknown argument " + args[i] + "; use --articles N --out DIR [--seed S]");
			}
		}
		if (out == null) {
			throw new IllegalArgumentException("--out DIR is required");
		}
		long started = System.nanoTime();
		Summary summary = generate(articles, out, seed);
		System.out.println(summary.describe() + " millis=" + (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Writes the corpus under {@code out}: {@code seed/}, {@code texts/} and
	 * {@code vars/}.
	 */
	public static Summary generate(int articles, Path out, long seed) throws IOException {
		if (articles < 10) {
			throw new IllegalArgumentException("generate at least 10 articles");
		}
		return new CorpusGenerator(articles, seed).write(out);
	}

	private Summary write(Path out) throws IOException {
		Path seedDir = Files.createDirectories(out.resolve(SEED_DIR));
		Path textDir = Files.createDirectories(out.resolve(TEXT_DIR));
		Path varsDir = Files.createDirectories(out.resolve(VARS_DIR));
		createActors();
		createArticles();
		createVisits();
		createDeals();
		long textBytes = 0;
		for (Article article : this.articles) {
			byte[] text = text(article).getBytes(StandardCharsets.UTF_8);
			article.sha256 = HexFormat.of().formatHex(sha256().digest(text));
			Files.write(textDir.resolve(article.stem + ".txt"), text);
			textBytes += text.length;
		}
		writeArticles(seedDir.resolve("articles.yaml"));
		writeActors(seedDir.resolve("actors.yaml"));
		writeVisits(seedDir.resolve("visits.yaml"));
		writeDeals(seedDir.resolve("deals.yaml"));
		writeVars(varsDir);
		int organisations = this.organisationsByCountry.stream().mapToInt(List::size).sum();
		int people = this.peopleByCountry.stream().mapToInt(List::size).sum();
		Summary summary = new Summary(this.articles.size(), this.countries.size(), organisations, people,
				this.visits.size(), this.deals.size(), this.evidence, textBytes);
		Files.writeString(out.resolve("summary.properties"), summary.properties(), StandardCharsets.UTF_8);
		return summary;
	}

	// The world: countries, organisations, people

	private void createActors() {
		int countryCount = (int) Math.round(30 + 15 * Math.log10(this.articleCount / 1000.0));
		countryCount = Math.max(30, Math.min(COUNTRIES.length, countryCount));
		for (int i = 0; i < countryCount; i++) {
			String[] row = COUNTRIES[i];
			Actor country = new Actor("country-" + row[1].toLowerCase(Locale.ROOT), "COUNTRY", row[0]);
			country.code = row[1];
			country.capital = row[2];
			country.aliases.addAll(Arrays.asList(row).subList(3, row.length));
			country.countryIndex = i;
			this.slugs.add(country.slug);
			this.countries.add(country);
			this.actors.add(country);
			this.peopleByCountry.add(new ArrayList<>());
			this.organisationsByCountry.add(new ArrayList<>());
		}
		this.countryPopularity = new Zipf(countryCount, 0.9);
		int organisations = Math.max(countryCount, this.articleCount / 25);
		for (int i = 0; i < organisations; i++) {
			int countryIndex = (i < countryCount) ? i : this.countryPopularity.next(this.random);
			Actor organisation = organisation(countryIndex);
			this.organisationsByCountry.get(countryIndex).add(organisation);
			this.actors.add(organisation);
		}
		int people = Math.max(2 * countryCount, this.articleCount / 5);
		for (int i = 0; i < people; i++) {
			int countryIndex = (i < 2 * countryCount) ? i % countryCount : this.countryPopularity.next(this.random);
			Actor person = person(countryIndex);
			this.peopleByCountry.get(countryIndex).add(person);
			this.actors.add(person);
		}
		for (List<Actor> ofCountry : this.peopleByCountry) {
			this.personPopularity.add(new Zipf(ofCountry.size(), 0.7));
		}
	}

	private Actor organisation(int countryIndex) {
		while (true) {
			String word = properWord(2 + this.random.nextInt(2), false);
			String kind = pick(this.random, ORGANISATION_KINDS);
			String name = word + " " + kind;
			String slug = slug(name);
			if (!this.slugs.add(slug)) {
				continue;
			}
			Actor organisation = new Actor(slug, "ORGANIZATION", name);
			organisation.countryIndex = countryIndex;
			organisation.properWord = word;
			if (this.random.nextInt(3) == 0) {
				StringBuilder acronym = new StringBuilder();
				for (String part : name.split(" ")) {
					acronym.append(part.charAt(0));
				}
				organisation.aliases.add(acronym.toString());
			}
			organisation.description = kind + " of " + this.countries.get(countryIndex).name + ".";
			return organisation;
		}
	}

	private Actor person(int countryIndex) {
		while (true) {
			String family = properWord(2 + this.random.nextInt(2), this.random.nextInt(8) == 0);
			String name = pick(this.random, GIVEN_NAMES) + " " + family;
			String slug = slug(name);
			if (!this.slugs.add(slug)) {
				continue;
			}
			Actor person = new Actor(slug, "PERSON", name);
			person.countryIndex = countryIndex;
			if (this.random.nextInt(10) < 7) {
				person.aliases.add(family);
			}
			person.roleTitle = pick(this.random, ROLE_TITLES);
			person.roleSince = String.valueOf(2010 + this.random.nextInt(14));
			return person;
		}
	}

	/** A made-up proper name that is no word of the filler text. */
	private String properWord(int syllables, boolean accented) {
		while (true) {
			StringBuilder word = new StringBuilder();
			for (int i = 0; i < syllables; i++) {
				word.append(pick(this.random, SYLLABLES));
			}
			if (accented) {
				accent(word);
			}
			String text = Character.toUpperCase(word.charAt(0)) + word.substring(1);
			if (word.length() >= 4 && !this.vocabulary.contains(Names.fold(text))) {
				return text;
			}
		}
	}

	/** Gives the first letter after the initial that has an accented form its accent. */
	private static void accent(StringBuilder word) {
		for (int i = 1; i < word.length(); i++) {
			int plain = PLAIN.indexOf(word.charAt(i));
			if (plain >= 0) {
				word.setCharAt(i, ACCENTED.charAt(plain));
				return;
			}
		}
	}

	private Actor country(Actor actor) {
		return this.countries.get(actor.countryIndex);
	}

	private Actor popularCountry(Random random) {
		return this.countries.get(this.countryPopularity.next(random));
	}

	private Actor popularPerson(Random random, int countryIndex) {
		List<Actor> people = this.peopleByCountry.get(countryIndex);
		return people.get(this.personPopularity.get(countryIndex).next(random));
	}

	private Actor anyOrganisation(Random random, int countryIndex) {
		List<Actor> organisations = this.organisationsByCountry.get(countryIndex);
		return organisations.isEmpty() ? null : organisations.get(random.nextInt(organisations.size()));
	}

	// Articles, visits, deals

	private void createArticles() {
		long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
		for (int i = 0; i < this.articleCount; i++) {
			Article article = new Article(i, "bench-%06d".formatted(i));
			long day = FIRST_DAY.toEpochDay() + (days * i) / this.articleCount;
			article.publishedOn = LocalDate.ofEpochDay(day);
			article.publication = pick(this.random, PUBLICATIONS);
			if (this.random.nextInt(10) < 7) {
				article.author = pick(this.random, GIVEN_NAMES) + " " + properWord(2, false);
			}
			this.articles.add(article);
		}
	}

	private void createVisits() {
		int count = Math.max(5, this.articleCount / 2);
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < count; i++) {
			Fact visit = new Fact(true);
			int from = this.countryPopularity.next(this.random);
			int host = this.countryPopularity.next(this.random);
			while (host == from) {
				host = this.countryPopularity.next(this.random);
			}
			visit.from = this.countries.get(from);
			visit.host = this.countries.get(host);
			int visitors = weighted(this.random, 70, 20, 10) + 1;
			for (int j = 0; j < visitors; j++) {
				addDistinct(visit.visitors, popularPerson(this.random, from));
			}
			int met = weighted(this.random, 30, 40, 20, 10);
			for (int j = 0; j < met; j++) {
				addDistinct(visit.metWith, popularPerson(this.random, host));
			}
			visit.place = visit.host.capital;
			String[] purpose = pick(this.random, PURPOSES);
			visit.purpose = purpose[0];
			visit.purposePhrase = purpose[1];
			int primary = this.random.nextInt(this.articleCount);
			LocalDate published = this.articles.get(primary).publishedOn;
			visit.planned = this.random.nextInt(10) == 0;
			LocalDate date = visit.planned ? published.plusDays(5 + this.random.nextInt(40))
					: published.minusDays(this.random.nextInt(45));
			visit.date = new Day(date, weighted(this.random, 10, 40, 50));
			if (this.random.nextInt(3) == 0) {
				visit.durationDays = 1 + this.random.nextInt(5);
			}
			String base = visit.date.idPrefix() + "-" + visit.visitors.get(0).slug + "-" + slug(visit.place);
			String id = base;
			for (int n = 2; !ids.add(id); n++) {
				id = base + "-" + n;
			}
			visit.id = id;
			visit.summary = visit.visitors.get(0).name + " of " + visit.from.name
					+ (visit.planned ? " to visit " : " visits ") + visit.place + ", " + visit.host.name + ", for "
					+ purpose[0].toLowerCase(Locale.ROOT) + ".";
			report(visit, primary);
			this.visits.add(visit);
		}
	}

	private void createDeals() {
		int count = Math.max(3, this.articleCount / 10);
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < count; i++) {
			Fact deal = new Fact(false);
			int buyer = this.countryPopularity.next(this.random);
			int supplier = this.countryPopularity.next(this.random);
			while (supplier == buyer) {
				supplier = this.countryPopularity.next(this.random);
			}
			deal.from = this.countries.get(buyer);
			deal.host = this.countries.get(supplier);
			boolean agreement = this.random.nextInt(4) == 0;
			if (agreement) {
				deal.kind = pick(this.random, AGREEMENT_KINDS);
				deal.status = pick(this.random, new String[] { "NEGOTIATING", "PLANNED", "SIGNED" });
				deal.agreement = switch (deal.kind) {
					case "MOU" -> "a memorandum of understanding on";
					case "TRAINING" -> "a training programme for";
					default -> "a framework agreement on";
				} + " " + pick(this.random, OBJECTS);
				deal.title = deal.from.name + " and " + deal.host.name + ": "
						+ deal.agreement.substring(deal.agreement.indexOf(' ') + 1);
			}
			else {
				deal.kind = pick(this.random, new String[] { "PROCUREMENT", "PROCUREMENT", "PROCUREMENT",
						"JOINT_PRODUCTION", "TECHNOLOGY_TRANSFER" });
				deal.status = pick(this.random, STATUS_LINES);
				int items = weighted(this.random, 75, 20, 5) + 1;
				for (int j = 0; j < items; j++) {
					Actor manufacturer = anyOrganisation(this.random, supplier);
					String[] category = pick(this.random, CATEGORIES);
					String maker = (manufacturer != null) ? manufacturer.properWord : properWord(2, false);
					String model = Character.toUpperCase(maker.charAt(0)) + "" + (char) ('A' + this.random.nextInt(26))
							+ "-" + (10 + this.random.nextInt(90));
					Item item = new Item(maker + " " + model + " " + category[1], category[0], manufacturer);
					if (this.random.nextInt(3) > 0) {
						item.quantity = 2 + this.random.nextInt(60);
					}
					if (this.random.nextInt(4) == 0) {
						item.plannedQuantity = 60 + this.random.nextInt(200);
					}
					deal.items.add(item);
					if (manufacturer != null) {
						addDistinct(deal.parties, manufacturer);
					}
				}
				deal.title = deal.items.get(0).system + " for " + deal.from.name;
			}
			int primary = this.random.nextInt(this.articleCount);
			if (this.random.nextInt(5) > 0) {
				LocalDate date = this.articles.get(primary).publishedOn.minusDays(this.random.nextInt(120));
				deal.date = new Day(date, weighted(this.random, 40, 60));
			}
			String base = slug(deal.title);
			base = (base.length() > 60) ? base.substring(0, 60).replaceAll("-+$", "") : base;
			String id = base;
			for (int n = 2; !ids.add(id); n++) {
				id = base + "-" + n;
			}
			deal.id = id;
			report(deal, primary);
			this.deals.add(deal);
		}
	}

	/**
	 * The fact is reported by its primary article and, now and then, by a few later ones.
	 */
	private void report(Fact fact, int primary) {
		int sources = weighted(this.random, 50, 30, 15, 5) + 1;
		Set<Integer> reporting = new LinkedHashSet<>();
		reporting.add(primary);
		for (int attempt = 0; reporting.size() < sources && attempt < 20; attempt++) {
			int later = primary + 1 + this.random.nextInt(60);
			if (later < this.articleCount) {
				reporting.add(later);
			}
		}
		for (int index : reporting) {
			this.articles.get(index).facts.add(fact);
		}
	}

	// Texts

	/** Builds the text of an article and records where it states each of its facts. */
	private String text(Article article) {
		Random random = new Random(this.seed * 1_000_003L + article.index);
		List<Paragraph> paragraphs = new ArrayList<>();
		Paragraph lead = new Paragraph();
		Fact first = article.facts.isEmpty() ? null : article.facts.get(0);
		if (first != null) {
			lead.sentence(first.from.name + " and " + first.host.name + " " + pick(random, LEAD_VERBS) + " "
					+ pick(random, OBJECTS) + " " + pick(random, TAILS) + ".");
			article.title = first.visit ? first.visitors.get(0).name + " in " + first.place + " for "
					+ first.purpose.toLowerCase(Locale.ROOT) : first.title;
		}
		else {
			Actor country = popularCountry(random);
			lead.sentence(fillerSentence(random));
			article.title = country.name + " weighs " + pick(random, OBJECTS);
		}
		lead.sentence(fillerSentence(random));
		List<Paragraph> body = new ArrayList<>();
		for (Fact fact : article.facts) {
			body.add(fact.visit ? visitParagraph(random, fact) : dealParagraph(random, fact));
		}
		int fillers = 4 + random.nextInt(4);
		for (int i = 0; i < fillers; i++) {
			Paragraph filler = new Paragraph();
			int sentences = 2 + random.nextInt(3);
			for (int j = 0; j < sentences; j++) {
				filler.sentence(fillerSentence(random));
			}
			body.add(random.nextInt(body.size() + 1), filler);
		}
		paragraphs.add(lead);
		paragraphs.addAll(body);
		keepEveryParagraph(random, paragraphs);
		StringBuilder text = new StringBuilder();
		for (Paragraph paragraph : paragraphs) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			int offset = text.length();
			for (Claim claim : paragraph.claims) {
				claim.fact.sources.add(new Source(article.stem, offset + claim.start, offset + claim.end));
				this.evidence++;
			}
			text.append(paragraph.text);
		}
		return text.toString();
	}

	private Paragraph visitParagraph(Random random, Fact visit) {
		Paragraph paragraph = new Paragraph();
		String who = names(visit.visitors) + " of " + visit.from.name;
		String where = visit.place + ", " + visit.host.name + ", " + visit.date.phrase() + " for " + visit.purposePhrase
				+ ".";
		String claim = visit.planned ? who + " is due to visit " + where
				: who + " " + pick(random, new String[] { "arrived in", "travelled to", "visited" }) + " " + where;
		if (!visit.metWith.isEmpty()) {
			// one range holds both sentences, as a reader would quote them
			claim += (visit.planned ? " The programme includes talks with "
					: " During the visit, " + visit.visitors.get(0).name + " met ") + names(visit.metWith) + ".";
		}
		paragraph.claim(visit, claim);
		paragraph.sentence(fillerSentence(random));
		return paragraph;
	}

	private Paragraph dealParagraph(Random random, Fact deal) {
		Paragraph paragraph = new Paragraph();
		String buyer = deal.from.name;
		String supplier = deal.host.name;
		if (deal.items.isEmpty()) {
			String verb = switch (deal.status) {
				case "NEGOTIATING" -> "are negotiating";
				case "PLANNED" -> "plan to sign";
				default -> "signed";
			};
			paragraph.claim(deal, buyer + " and " + supplier + " " + verb + " " + deal.agreement + ".");
		}
		else {
			List<String> things = new ArrayList<>();
			for (Item item : deal.items) {
				things.add(((item.quantity != null) ? item.quantity + " units of the " : "the ") + item.system
						+ ((item.manufacturer != null) ? " made by " + item.manufacturer.name : ""));
			}
			String what = String.join(" and ", things);
			paragraph.claim(deal, switch (deal.status) {
				case "INTEREST" -> buyer + " has shown interest in " + what + " from " + supplier + ".";
				case "UNDER_CONSIDERATION" -> buyer + " is considering " + what + " from " + supplier + ".";
				case "OFFERED" -> supplier + " offered " + buyer + " " + what + ".";
				case "NEGOTIATING" -> buyer + " and " + supplier + " are negotiating over " + what + ".";
				case "PLANNED" -> buyer + " plans to acquire " + what + " from " + supplier + ".";
				case "DELIVERED" -> supplier + " delivered " + what + " to " + buyer + ".";
				default -> buyer + " signed a contract with " + supplier + " for " + what + ".";
			});
		}
		paragraph.sentence(fillerSentence(random));
		return paragraph;
	}

	private String fillerSentence(Random random) {
		int kind = random.nextInt(20);
		String subject;
		if (kind < 2) {
			Actor country = popularCountry(random);
			Actor person = popularPerson(random, country.countryIndex);
			subject = person.name + ", " + person.roleTitle + " of " + country.name + ",";
		}
		else if (kind < 4) {
			Actor organisation = anyOrganisation(random, popularCountry(random).countryIndex);
			subject = (organisation != null) ? "Executives at " + organisation.name : pick(random, SUBJECTS);
		}
		else if (kind < 7) {
			subject = "Officials in " + popularCountry(random).name;
		}
		else {
			subject = pick(random, SUBJECTS);
		}
		return subject + " " + pick(random, VERBS) + " " + pick(random, OBJECTS) + " " + pick(random, TAILS) + ".";
	}

	/**
	 * The loader drops a paragraph repeated inside a longer one (a pull quote); lengthen
	 * any such paragraph until it is no longer repeated.
	 */
	private void keepEveryParagraph(Random random, List<Paragraph> paragraphs) {
		for (boolean changed = true; changed;) {
			changed = false;
			for (Paragraph paragraph : paragraphs) {
				String key = comparable(paragraph.text.toString());
				for (Paragraph other : paragraphs) {
					String otherKey = comparable(other.text.toString());
					if (other != paragraph && otherKey.length() > key.length() && otherKey.contains(key)) {
						paragraph.sentence(fillerSentence(random));
						changed = true;
						break;
					}
				}
			}
		}
	}

	private static String comparable(String text) {
		return Names.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static String names(List<Actor> actors) {
		List<String> names = actors.stream().map((actor) -> actor.name).toList();
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	// Output

	private void writeArticles(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("# Synthetic articles written by CorpusGenerator (" + this.articleCount + " articles, seed "
					+ this.seed + ")\n");
			for (Article article : this.articles) {
				out.write("- file: " + article.stem + ".txt\n");
				out.write("  sha256: " + article.sha256 + "\n");
				out.write("  title: " + quoted(article.title) + "\n");
				out.write("  publication: " + quoted(article.publication) + "\n");
				if (article.author != null) {
					out.write("  author: " + quoted(article.author) + "\n");
				}
				out.write("  publishedOn: \"" + article.publishedOn + "\"\n");
			}
		}
	}

	private void writeActors(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("# Synthetic actors written by CorpusGenerator\n");
			for (Actor actor : this.actors) {
				out.write("- id: " + actor.slug + "\n");
				out.write("  kind: " + actor.kind + "\n");
				out.write("  name: " + quoted(actor.name) + "\n");
				if (actor.code != null) {
					out.write("  code: " + actor.code + "\n");
				}
				out.write("  aliases: ["
						+ String.join(", ", actor.aliases.stream().map(CorpusGenerator::quoted).toList()) + "]\n");
				if (!actor.kind.equals("COUNTRY")) {
					out.write("  country: " + country(actor).slug + "\n");
				}
				if (actor.roleTitle != null) {
					out.write("  roles:\n    - {title: " + quoted(actor.roleTitle) + ", organization: "
							+ country(actor).slug + ", since: \"" + actor.roleSince + "\"}\n");
				}
				if (actor.description != null) {
					out.write("  description: " + quoted(actor.description) + "\n");
				}
			}
		}
	}

	private void writeVisits(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("# Synthetic visits written by CorpusGenerator\n");
			for (Fact visit : this.visits) {
				out.write("- id: " + visit.id + "\n");
				out.write("  summary: " + quoted(visit.summary) + "\n");
				out.write("  visitors: " + slugs(visit.visitors) + "\n");
				out.write("  from: " + visit.from.slug + "\n");
				out.write("  host: " + visit.host.slug + "\n");
				out.write("  place: " + quoted(visit.place) + "\n");
				out.write("  purpose: " + quoted(visit.purpose) + "\n");
				out.write("  date: \"" + visit.date.iso() + "\"\n");
				if (visit.durationDays != null) {
					out.write("  durationDays: " + visit.durationDays + "\n");
				}
				out.write("  status: " + (visit.planned ? "PLANNED" : "COMPLETED") + "\n");
				if (!visit.metWith.isEmpty()) {
					out.write("  metWith: " + slugs(visit.metWith) + "\n");
				}
				writeSources(out, visit);
			}
		}
	}

	private void writeDeals(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("# Synthetic deals written by CorpusGenerator\n");
			for (Fact deal : this.deals) {
				out.write("- id: " + deal.id + "\n");
				out.write("  title: " + quoted(deal.title) + "\n");
				out.write("  kind: " + deal.kind + "\n");
				out.write("  status: " + deal.status + "\n");
				out.write("  buyer: " + deal.from.slug + "\n");
				out.write("  supplier: " + deal.host.slug + "\n");
				if (!deal.parties.isEmpty()) {
					out.write("  parties: " + slugs(deal.parties) + "\n");
				}
				if (!deal.items.isEmpty()) {
					out.write("  items:\n");
					for (Item item : deal.items) {
						out.write("    - {system: " + quoted(item.system) + ", category: " + quoted(item.category)
								+ ((item.manufacturer != null) ? ", manufacturer: " + item.manufacturer.slug : "")
								+ ((item.quantity != null) ? ", quantity: " + item.quantity : "")
								+ ((item.plannedQuantity != null) ? ", plannedQuantity: " + item.plannedQuantity : "")
								+ "}\n");
					}
				}
				if (deal.date != null) {
					out.write("  date: \"" + deal.date.iso() + "\"\n");
				}
				writeSources(out, deal);
			}
		}
	}

	private static void writeSources(BufferedWriter out, Fact fact) throws IOException {
		out.write("  sources:\n");
		for (Source source : fact.sources) {
			out.write(
					"    - {article: " + source.article + ", start: " + source.start + ", end: " + source.end + "}\n");
		}
	}

	/**
	 * Variables for the query shapes that take some: popular countries and date ranges,
	 * search terms, and IDs of every type.
	 */
	private void writeVars(Path dir) throws IOException {
		List<String> visits = new ArrayList<>();
		String[][] ranges = { { "2017", "2019" }, { "2020-01", "2021-06" }, { "2022", "2022" },
				{ "2023-03", "2025-12" } };
		for (int i = 0; i < 6; i++) {
			for (String[] range : ranges) {
				visits.add("{\"country\":\"" + this.countries.get(i).code + "\",\"from\":\"" + range[0] + "\",\"to\":\""
						+ range[1] + "\"}");
			}
		}
		Files.write(dir.resolve("visits.jsonl"), visits, StandardCharsets.UTF_8);
		List<String> terms = new ArrayList<>(List.of("maritime security", "\\\"joint training\\\"", "procure*",
				"frigat", "submarine", "defense cooperation"));
		for (int i = 0; i < 5; i++) {
			Actor person = this.peopleByCountry.get(i).get(0);
			terms.add(person.name.substring(person.name.indexOf(' ') + 1));
		}
		this.deals.stream()
			.filter((deal) -> !deal.items.isEmpty())
			.limit(5)
			.forEach((deal) -> terms.add(deal.items.get(0).system.split(" ")[1]));
		Files.write(dir.resolve("search.jsonl"), terms.stream().map((term) -> "{\"q\":\"" + term + "\"}").toList(),
				StandardCharsets.UTF_8);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			ids.add("article:" + this.articles.get(i * this.articles.size() / 10).stem);
			ids.add("actor:" + this.actors.get(i * this.actors.size() / 10).slug);
			ids.add("visit:" + this.visits.get(i * this.visits.size() / 10).id);
			ids.add("deal:" + this.deals.get(i * this.deals.size() / 10).id);
		}
		Files.write(dir.resolve("node.jsonl"), ids.stream().map((id) -> "{\"id\":\"" + id + "\"}").toList(),
				StandardCharsets.UTF_8);
	}

	private static String slugs(List<Actor> actors) {
		return "[" + String.join(", ", actors.stream().map((actor) -> actor.slug).toList()) + "]";
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	static String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	/** An index drawn with the given weights. */
	private static int weighted(Random random, int... weights) {
		int total = Arrays.stream(weights).sum();
		int draw = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static <T> void addDistinct(List<T> list, T value) {
		if (!list.contains(value)) {
			list.add(value);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What was generated. */
	public record Summary(int articles, int countries, int organisations, int people, int visits, int deals,
			int evidence, long textBytes) {

		public int actors() {
			return this.countries + this.organisations + this.people;
		}

		String describe() {
			return "articles=" + this.articles + " actors=" + actors() + " countries=" + this.countries
					+ " organisations=" + this.organisations + " people=" + this.people + " visits=" + this.visits
					+ " deals=" + this.deals + " evidence=" + this.evidence + " textBytes=" + this.textBytes;
		}

		String properties() {
			return describe().replace(' ', '\n') + "\n";
		}

	}

	/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent. */
	private static final class Zipf {

		private final double[] cumulative;

		Zipf(int n, double exponent) {
			this.cumulative = new double[n];
			double sum = 0;
			for (int i = 0; i < n; i++) {
				sum += 1 / Math.pow(i + 1, exponent);
				this.cumulative[i] = sum;
			}
		}

		int next(Random random) {
			double draw = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
			int index = Arrays.binarySearch(this.cumulative, draw);
			return Math.min((index >= 0) ? index : -index - 1, this.cumulative.length - 1);
		}

	}

	private static final class Actor {

		final String slug;

		final String kind;

		final String name;

		final List<String> aliases = new ArrayList<>();

		String code;

		String capital;

		int countryIndex;

		String properWord;

		String roleTitle;

		String roleSince;

		String description;

		Actor(String slug, String kind, String name) {
			this.slug = slug;
			this.kind = kind;
			this.name = name;
		}

	}

	private static final class Article {

		final int index;

		final String stem;

		final List<Fact> facts = new ArrayList<>();

		LocalDate publishedOn;

		String title;

		String publication;

		String author;

		String sha256;

		Article(int index, String stem) {
			this.index = index;
			this.stem = stem;
		}

	}

	/**
	 * A visit ({@code from} visits {@code host}) or a deal ({@code from} buys from
	 * {@code host}).
	 */
	private static final class Fact {

		final boolean visit;

		final List<Actor> visitors = new ArrayList<>();

		final List<Actor> metWith = new ArrayList<>();

		final List<Actor> parties = new ArrayList<>();

		final List<Item> items = new ArrayList<>();

		final List<Source> sources = new ArrayList<>();

		String id;

		Actor from;

		Actor host;

		String place;

		String purpose;

		String purposePhrase;

		String summary;

		String title;

		String agreement;

		String kind;

		String status;

		boolean planned;

		Integer durationDays;

		Day date;

		Fact(boolean visit) {
			this.visit = visit;
		}

	}

	private static final class Item {

		final String system;

		final String category;

		final Actor manufacturer;

		Integer quantity;

		Integer plannedQuantity;

		Item(String system, String category, Actor manufacturer) {
			this.system = system;
			this.category = category;
			this.manufacturer = manufacturer;
		}

	}

	private record Source(String article, int start, int end) {
	}

	/** A sentence of a paragraph that states a fact, as offsets in the paragraph. */
	private record Claim(Fact fact, int start, int end) {
	}

	private static final class Paragraph {

		final StringBuilder text = new StringBuilder();

		final List<Claim> claims = new ArrayList<>();

		void sentence(String sentence) {
			if (!this.text.isEmpty()) {
				this.text.append(' ');
			}
			this.text.append(sentence);
		}

		void claim(Fact fact, String sentence) {
			sentence(sentence);
			this.claims.add(new Claim(fact, this.text.length() - sentence.length(), this.text.length()));
		}

	}

	/** A date at a precision: 0 year, 1 month, 2 day. */
	private record Day(LocalDate date, int precision) {

		String iso() {
			return switch (this.precision) {
				case 0 -> String.valueOf(this.date.getYear());
				case 1 -> this.date.toString().substring(0, 7);
				default -> this.date.toString();
			};
		}

		String idPrefix() {
			return iso().substring(0, Math.min(7, iso().length()));
		}

		String phrase() {
			String month = this.date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			return switch (this.precision) {
				case 0 -> "in " + this.date.getYear();
				case 1 -> "in " + month + " " + this.date.getYear();
				default -> "on " + this.date.getDayOfMonth() + " " + month + " " + this.date.getYear();
			};
		}

	}

}
