package org.diplograph.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.InvalidDateException;
import org.diplograph.common.Names;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Article;
import org.diplograph.model.DealItem;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Mention;
import org.diplograph.model.Role;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitRole;
import org.diplograph.model.VisitStatus;
import org.diplograph.seed.SeedEntries.ActorEntry;
import org.diplograph.seed.SeedEntries.ArticleEntry;
import org.diplograph.seed.SeedEntries.DealEntry;
import org.diplograph.seed.SeedEntries.ItemEntry;
import org.diplograph.seed.SeedEntries.RoleEntry;
import org.diplograph.seed.SeedEntries.SourceEntry;
import org.diplograph.seed.SeedEntries.VisitEntry;
import org.diplograph.text.ArticleText;
import org.diplograph.text.MentionFinder;

/**
 * Turns the seed and the source texts into documents, checking everything first: a
 * problem anywhere is reported with its seed file and entry, and nothing is built.
 */
final class KnowledgeBuilder {

	static final String ARTICLES = "articles.yaml";

	static final String ACTORS = "actors.yaml";

	static final String VISITS = "visits.yaml";

	static final String DEALS = "deals.yaml";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final SeedSource seed;

	private final List<String> problems = new ArrayList<>();

	private KnowledgeBuilder(SeedSource seed) {
		this.seed = seed;
	}

	static Knowledge build(SeedSource seed) {
		return new KnowledgeBuilder(seed).build();
	}

	private Knowledge build() {
		Map<String, ParsedArticle> articles = parseArticles();
		Map<String, Actor> actors = buildActors();
		List<Visit> visits = buildVisits(articles, actors);
		List<DefenceDeal> deals = buildDeals(articles, actors);
		if (!this.problems.isEmpty()) {
			throw new SeedException(this.problems);
		}
		MentionFinder finder = new MentionFinder(actors.values());
		Map<String, List<String>> articleIdsByActor = new HashMap<>();
		Map<String, List<Mention>> mentionsByArticle = new LinkedHashMap<>();
		for (ParsedArticle article : articles.values()) {
			List<Mention> found = finder.mentions(article.text.body());
			found.forEach((mention) -> articleIdsByActor.computeIfAbsent(mention.actorId(), (id) -> new ArrayList<>())
				.add(article.id));
			mentionsByArticle.put(article.id, found);
		}
		References references = References.of(visits, deals);
		List<Article> articleDocuments = articles.values()
			.stream()
			.map((article) -> article.toDocument(mentionsByArticle.get(article.id),
					references.visitIdsByArticle().getOrDefault(article.id, List.of()),
					references.dealIdsByArticle().getOrDefault(article.id, List.of())))
			.toList();
		List<Actor> actorDocuments = actors.values()
			.stream()
			.map((actor) -> withReferences(actor, articleIdsByActor.getOrDefault(actor.id(), List.of()),
					references.visitRefsByActor().getOrDefault(actor.id(), List.of()),
					references.dealIdsByActor().getOrDefault(actor.id(), List.of())))
			.toList();
		return new Knowledge(articleDocuments, actorDocuments, visits, deals, this.seed.contentHash());
	}

	private Map<String, ParsedArticle> parseArticles() {
		Map<String, ParsedArticle> articles = new LinkedHashMap<>();
		for (ArticleEntry entry : this.seed.articles()) {
			String where = ARTICLES + ", entry " + entry.file();
			if (entry.file() == null || !entry.file().endsWith(".txt")) {
				this.problems.add(where + ": file must name a .txt source text");
				continue;
			}
			SeedSource.SourceFile source = this.seed.sourceText(entry.file());
			if (source == null) {
				this.problems
					.add(where + ": the source text " + this.seed.sourcePath(entry.file()) + " does not exist");
				continue;
			}
			if (!source.sha256().equalsIgnoreCase(String.valueOf(entry.sha256()))) {
				this.problems.add(where + ": refusing " + this.seed.sourcePath(entry.file()) + ", its SHA-256 is "
						+ source.sha256() + " but the seed expects " + entry.sha256());
				continue;
			}
			ArticleText text = ArticleText.clean(source.text());
			String title = (entry.title() != null) ? entry.title() : text.title();
			if (title == null || title.isBlank()) {
				this.problems.add(where + ": the text carries no title, so the seed must give one");
			}
			FuzzyDate publishedOn = (entry.publishedOn() != null) ? date(where, "publishedOn", entry.publishedOn())
					: text.publishedOn();
			String author = (entry.author() != null) ? entry.author() : text.author();
			String id = Article.ID_PREFIX + entry.file().substring(0, entry.file().length() - ".txt".length());
			if (articles.containsKey(id)) {
				this.problems.add(where + ": the file is listed twice");
			}
			articles.put(id, new ParsedArticle(id, entry, title, author, publishedOn, text, source.sha256()));
		}
		return articles;
	}

	private Map<String, Actor> buildActors() {
		Map<String, ActorEntry> entries = new LinkedHashMap<>();
		for (ActorEntry entry : this.seed.actors()) {
			String where = ACTORS + ", entry " + entry.id();
			if (entry.id() == null || !SLUG.matcher(entry.id()).matches()) {
				this.problems.add(where + ": id must be a lower-case slug such as haluk-gorgun");
			}
			else if (entries.putIfAbsent(entry.id(), entry) != null) {
				this.problems.add(where + ": the id is used twice");
			}
		}
		Map<String, Actor> actors = new LinkedHashMap<>();
		for (ActorEntry entry : entries.values()) {
			String where = ACTORS + ", entry " + entry.id();
			ActorKind kind = enumValue(where, "kind", ActorKind.class, entry.kind());
			if (entry.name() == null || entry.name().isBlank()) {
				this.problems.add(where + ": name is missing");
			}
			if (kind == ActorKind.COUNTRY && (entry.code() == null || !entry.code().matches("[A-Z]{2}"))) {
				this.problems.add(where + ": a country needs its ISO 3166-1 alpha-2 code");
			}
			if (kind != ActorKind.COUNTRY && entry.code() != null) {
				this.problems.add(where + ": only countries have a code");
			}
			String countryId = reference(where, "country", entry.country(), entries.keySet());
			List<Role> roles = new ArrayList<>();
			for (RoleEntry role : list(entry.roles())) {
				if (role.title() == null || role.title().isBlank()) {
					this.problems.add(where + ": a role has no title");
				}
				roles.add(new Role(role.title(),
						reference(where, "role organization", role.organization(), entries.keySet()),
						optionalDate(where, "role since", role.since()),
						optionalDate(where, "role until", role.until())));
			}
			List<String> aliases = list(entry.aliases());
			List<String> exactAliases = list(entry.exactAliases());
			Set<String> keys = new LinkedHashSet<>();
			keys.add(Names.key(entry.name()));
			aliases.forEach((alias) -> keys.add(Names.key(alias)));
			exactAliases.forEach((alias) -> keys.add(Names.key(alias)));
			keys.remove("");
			String id = Actor.ID_PREFIX + entry.id();
			actors.put(entry.id(),
					new Actor(id, entry.name(), kind, aliases, exactAliases, entry.code(), countryId, roles,
							entry.description(), List.copyOf(keys), "|" + String.join("|", keys) + "|", List.of(),
							List.of(), List.of(), Names.key(entry.name())));
		}
		return actors;
	}

	private List<Visit> buildVisits(Map<String, ParsedArticle> articles, Map<String, Actor> actors) {
		List<Visit> visits = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (VisitEntry entry : this.seed.visits()) {
			String where = VISITS + ", entry " + entry.id();
			if (entry.id() == null || !SLUG.matcher(entry.id()).matches() || !ids.add(entry.id())) {
				this.problems.add(where + ": id must be a unique lower-case slug");
			}
			FuzzyDate date = date(where, "date", entry.date());
			if (date != null && entry.id() != null
					&& !entry.id().startsWith(date.iso().substring(0, Math.min(7, date.iso().length())) + "-")) {
				this.problems.add(where + ": id must begin with the visit's year and month, " + date.iso());
			}
			if (entry.summary() == null || entry.summary().isBlank()) {
				this.problems.add(where + ": summary is missing");
			}
			List<String> visitorIds = references(where, "visitors", entry.visitors(), actors.keySet());
			String fromId = requiredCountry(where, "from", entry.from(), actors);
			String hostId = requiredCountry(where, "host", entry.host(), actors);
			List<String> metWithIds = references(where, "metWith", entry.metWith(), actors.keySet());
			VisitStatus status = enumValue(where, "status", VisitStatus.class, entry.status());
			List<Evidence> sources = evidence(where, entry.sources(), articles);
			Set<String> involved = new LinkedHashSet<>(visitorIds);
			involved.add(fromId);
			involved.add(hostId);
			involved.addAll(metWithIds);
			involved.remove(null);
			visits.add(new Visit(Visit.ID_PREFIX + entry.id(), entry.summary(), visitorIds, fromId, hostId,
					entry.place(), entry.purpose(), date, entry.durationDays(), status, metWithIds, sources,
					List.copyOf(involved), articleIds(sources)));
		}
		visits.sort(Comparator.comparing((Visit visit) -> (visit.date() != null) ? visit.date().start() : "")
			.thenComparing(Visit::id));
		return visits;
	}

	private List<DefenceDeal> buildDeals(Map<String, ParsedArticle> articles, Map<String, Actor> actors) {
		List<DefenceDeal> deals = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (DealEntry entry : this.seed.deals()) {
			String where = DEALS + ", entry " + entry.id();
			if (entry.id() == null || !SLUG.matcher(entry.id()).matches() || !ids.add(entry.id())) {
				this.problems.add(where + ": id must be a unique lower-case slug");
			}
			if (entry.title() == null || entry.title().isBlank()) {
				this.problems.add(where + ": title is missing");
			}
			DealKind kind = enumValue(where, "kind", DealKind.class, entry.kind());
			DealStatus status = enumValue(where, "status", DealStatus.class, entry.status());
			String buyerId = reference(where, "buyer", entry.buyer(), actors.keySet());
			String supplierId = reference(where, "supplier", entry.supplier(), actors.keySet());
			Set<String> parties = new LinkedHashSet<>();
			if (buyerId != null) {
				parties.add(buyerId);
			}
			if (supplierId != null) {
				parties.add(supplierId);
			}
			parties.addAll(references(where, "parties", entry.parties(), actors.keySet()));
			List<DealItem> items = new ArrayList<>();
			for (ItemEntry item : list(entry.items())) {
				if (item.system() == null || item.system().isBlank()) {
					this.problems.add(where + ": an item has no system");
					continue;
				}
				if (isNegative(item.quantity()) || isNegative(item.plannedQuantity())) {
					this.problems.add(where + ": item " + item.system() + " has a negative quantity");
				}
				items.add(new DealItem(item.system(), item.category(),
						reference(where, "item manufacturer", item.manufacturer(), actors.keySet()), item.quantity(),
						item.plannedQuantity(), Names.key(item.system())));
			}
			FuzzyDate date = optionalDate(where, "date", entry.date());
			List<Evidence> sources = evidence(where, entry.sources(), articles);
			deals.add(new DefenceDeal(DefenceDeal.ID_PREFIX + entry.id(), entry.title(), kind, status, buyerId,
					supplierId, List.copyOf(parties), items, date, sources, articleIds(sources),
					DefenceDeal.sortKeyOf(date)));
		}
		deals.sort(Comparator.comparing(DefenceDeal::sortKey).thenComparing(DefenceDeal::id));
		return deals;
	}

	private List<Evidence> evidence(String where, List<SourceEntry> sources, Map<String, ParsedArticle> articles) {
		if (sources == null || sources.isEmpty()) {
			this.problems.add(where + ": needs at least one source");
			return List.of();
		}
		List<Evidence> evidence = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			SourceEntry source = sources.get(i);
			String which = where + ", source " + (i + 1);
			ParsedArticle article = articles.get(Article.ID_PREFIX + source.article());
			if (article == null) {
				boolean listed = this.seed.articles()
					.stream()
					.anyMatch((entry) -> (source.article() + ".txt").equals(entry.file()));
				if (!listed) {
					this.problems.add(which + ": no article " + source.article() + " in " + ARTICLES);
				}
				// a listed article that was refused has its problem reported already
				continue;
			}
			String body = article.text.body();
			if (source.start() == null || source.end() == null || source.start() < 0 || source.end() <= source.start()
					|| source.end() > body.length()) {
				this.problems.add(which + ": the range " + source.start() + "-" + source.end()
						+ " is not within the body of " + source.article() + " (0-" + body.length() + ")");
				continue;
			}
			evidence.add(new Evidence(article.id, body.substring(source.start(), source.end()), source.start(),
					source.end()));
		}
		return evidence;
	}

	private static List<String> articleIds(List<Evidence> sources) {
		return sources.stream().map(Evidence::articleId).distinct().toList();
	}

	private String requiredCountry(String where, String field, String slug, Map<String, Actor> actors) {
		if (slug == null) {
			this.problems.add(where + ": " + field + " is missing");
			return null;
		}
		String id = reference(where, field, slug, actors.keySet());
		Actor actor = actors.get(slug);
		if (actor != null && actor.kind() != ActorKind.COUNTRY) {
			this.problems.add(where + ": " + field + " must be a country, and " + slug + " is not");
		}
		return id;
	}

	private String reference(String where, String field, String slug, Set<String> known) {
		if (slug == null) {
			return null;
		}
		if (!known.contains(slug)) {
			this.problems.add(where + ": " + field + " names " + slug + ", which is not in " + ACTORS);
			return null;
		}
		return Actor.ID_PREFIX + slug;
	}

	private List<String> references(String where, String field, List<String> slugs, Set<String> known) {
		return list(slugs).stream()
			.map((slug) -> reference(where, field, slug, known))
			.filter((id) -> id != null)
			.toList();
	}

	private FuzzyDate date(String where, String field, String value) {
		if (value == null) {
			this.problems.add(where + ": " + field + " is missing");
			return null;
		}
		return optionalDate(where, field, value);
	}

	private FuzzyDate optionalDate(String where, String field, String value) {
		if (value == null) {
			return null;
		}
		try {
			return FuzzyDate.parse(value);
		}
		catch (InvalidDateException ex) {
			this.problems.add(where + ": " + field + " " + ex.getMessage());
			return null;
		}
	}

	private <E extends Enum<E>> E enumValue(String where, String field, Class<E> type, String value) {
		try {
			return Enum.valueOf(type, String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			this.problems.add(where + ": " + field + " is " + value + "; expected one of "
					+ java.util.Arrays.toString(type.getEnumConstants()));
			return null;
		}
	}

	private static boolean isNegative(Integer value) {
		return value != null && value < 0;
	}

	private static <T> List<T> list(List<T> values) {
		return (values != null) ? values : List.of();
	}

	private static Actor withReferences(Actor actor, List<String> articleIds, List<Actor.VisitRef> visitRefs,
			List<String> dealIds) {
		return new Actor(actor.id(), actor.name(), actor.kind(), actor.aliases(), actor.exactAliases(), actor.code(),
				actor.countryId(), actor.roles(), actor.description(), actor.nameKeys(), actor.searchText(), articleIds,
				visitRefs, dealIds, actor.sortKey());
	}

	/**
	 * Who takes part in which visit and deal, and which article reports them, in one pass
	 * over each.
	 */
	private record References(Map<String, List<Actor.VisitRef>> visitRefsByActor,
			Map<String, List<String>> dealIdsByActor, Map<String, List<String>> visitIdsByArticle,
			Map<String, List<String>> dealIdsByArticle) {

		static References of(List<Visit> visits, List<DefenceDeal> deals) {
			References references = new References(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
			for (Visit visit : visits) {
				Map<String, List<VisitRole>> roles = new LinkedHashMap<>();
				visit.visitorIds().forEach((id) -> addRole(roles, id, VisitRole.VISITOR));
				addRole(roles, visit.fromCountryId(), VisitRole.VISITOR);
				addRole(roles, visit.hostCountryId(), VisitRole.HOST);
				visit.metWithIds().forEach((id) -> addRole(roles, id, VisitRole.MET));
				roles.forEach((actorId,
						actorRoles) -> actorRoles.forEach((role) -> references.visitRefsByActor
							.computeIfAbsent(actorId, (key) -> new ArrayList<>())
							.add(new Actor.VisitRef(visit.id(), role))));
				visit.articleIds()
					.forEach((articleId) -> references.visitIdsByArticle
						.computeIfAbsent(articleId, (key) -> new ArrayList<>())
						.add(visit.id()));
			}
			for (DefenceDeal deal : deals) {
				Set<String> involved = new LinkedHashSet<>(deal.partyIds());
				deal.items().stream().map(DealItem::manufacturerId).filter((id) -> id != null).forEach(involved::add);
				involved
					.forEach((actorId) -> references.dealIdsByActor.computeIfAbsent(actorId, (key) -> new ArrayList<>())
						.add(deal.id()));
				deal.articleIds()
					.forEach((articleId) -> references.dealIdsByArticle
						.computeIfAbsent(articleId, (key) -> new ArrayList<>())
						.add(deal.id()));
			}
			return references;
		}

		private static void addRole(Map<String, List<VisitRole>> roles, String actorId, VisitRole role) {
			List<VisitRole> actorRoles = roles.computeIfAbsent(actorId, (key) -> new ArrayList<>());
			if (!actorRoles.contains(role)) {
				actorRoles.add(role);
			}
		}

	}

	private record ParsedArticle(String id, ArticleEntry entry, String title, String author, FuzzyDate publishedOn,
			ArticleText text, String sha256) {

		Article toDocument(List<Mention> mentions, List<String> visitIds, List<String> dealIds) {
			return new Article(this.id, this.title, this.entry.publication(), this.author, this.publishedOn,
					this.text.body(), this.entry.file(), this.sha256, this.text.wordCount(), mentions,
					mentions.stream().map(Mention::actorId).toList(), visitIds, dealIds,
					Article.sortKeyOf(this.publishedOn));
		}

	}

}
