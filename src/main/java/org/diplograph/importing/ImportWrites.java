package org.diplograph.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.bson.Document;

import org.diplograph.change.ChangeAction;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.Plan;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.ConflictException;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Inputs;
import org.diplograph.common.InvalidDateException;
import org.diplograph.model.Article;
import org.diplograph.model.Candidate;
import org.diplograph.model.Mention;
import org.diplograph.model.Origin;
import org.diplograph.text.ArticleText;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Imports an article: the input checked, the text read by the pipeline, and the article
 * written with every candidate it proposes as one logged change (IMPORT). The same
 * cleaned body imported again, even at the same moment by someone else, creates nothing.
 */
@Component
class ImportWrites {

	static final String IMPORTED_ID = Article.ID_PREFIX + "imported-";

	static final String IMPORTED_SOURCE = "imported:";

	private static final int MAX_URL = 2_000;

	private static final int SETTLE_ATTEMPTS = 250;

	private final MongoTemplate mongo;

	private final ChangeWrites changes;

	private final ImportPipeline pipeline;

	private final KnownActors actors;

	private final ImportProperties properties;

	private final Clock clock = Clock.systemUTC();

	ImportWrites(MongoTemplate mongo, ChangeWrites changes, ImportPipeline pipeline, KnownActors actors,
			ImportProperties properties) {
		this.mongo = mongo;
		this.changes = changes;
		this.pipeline = pipeline;
		this.actors = actors;
		this.properties = properties;
	}

	ImportPayload importArticle(ImportInput input, String author) {
		String text = text(input.text());
		String title = Inputs.text("input.title", input.title(), Inputs.MAX_TITLE);
		String publication = Inputs.text("input.publication", input.publication(), Inputs.MAX_NAME);
		String byline = Inputs.text("input.author", input.author(), Inputs.MAX_NAME);
		FuzzyDate publishedOn = date(input.publishedOn());
		String url = url(input.url());
		ArticleText cleaned = ImportPipeline.clean(text);
		if (cleaned.body().isBlank()) {
			throw new BadRequestException("input.text has no body left once its headline, byline and site"
					+ " boilerplate are taken out; paste the article's paragraphs too.");
		}
		String sha256 = sha256(cleaned.body());
		String hash = sha256.substring(0, 16);
		String id = IMPORTED_ID + hash;
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(id)), Article.class)) {
			return importedBefore(id);
		}
		ActorSnapshot known = this.actors.current();
		ImportPipeline.Reading reading = this.pipeline.read(cleaned, title, byline, publishedOn, known,
				LocalDate.now(this.clock));
		Article article = new Article(id, reading.title(), publication, reading.author(), reading.publishedOn(),
				reading.body(), (url != null) ? url : IMPORTED_SOURCE + hash, sha256, reading.wordCount(),
				reading.mentions(), reading.mentions().stream().map(Mention::actorId).toList(), List.of(), List.of(),
				Article.sortKeyOf(reading.publishedOn()), List.of(), 1, Origin.IMPORTED);
		List<Candidate> candidates = Proposals.of(id, hash, reading.body(), reading.extraction(), known);
		Plan plan = this.changes.plan(ChangeAction.IMPORT, id, author).insert(article);
		candidates.forEach(plan::insert);
		try {
			this.changes.apply(plan);
		}
		catch (ConflictException ex) {
			// the same text imported by someone else in between
			if (this.mongo.exists(Query.query(Criteria.where("_id").is(id)), Article.class)) {
				return importedBefore(id);
			}
			throw ex;
		}
		return new ImportPayload(article, true, candidates);
	}

	/** The article imported before, once the import that wrote it has finished. */
	private ImportPayload importedBefore(String id) {
		for (int attempt = 0; attempt < SETTLE_ATTEMPTS; attempt++) {
			Document raw = this.mongo.findById(id, Document.class, "articles");
			if (raw == null) {
				break;
			}
			if (raw.get("pendingChange") == null) {
				return new ImportPayload(this.mongo.findById(id, Article.class), false, candidatesOf(id));
			}
			pause();
		}
		throw new ConflictException("The same text is being imported by someone else right now; try again.", null);
	}

	private List<Candidate> candidatesOf(String articleId) {
		return this.mongo.find(Query.query(Criteria.where("articleId").is(articleId)), Candidate.class)
			.stream()
			.sorted(Candidate.BODY_ORDER)
			.toList();
	}

	/**
	 * The text, refused when empty, blank, longer than the limit, or not valid Unicode.
	 */
	private String text(String text) {
		int max = this.properties.maxLength();
		String limit = String.format(Locale.ROOT, "%,d characters (diplograph.import.max-length)", max);
		if (text == null || text.isEmpty()) {
			throw new BadRequestException("input.text is empty; paste the article's text, at most " + limit + ".");
		}
		if (text.length() > max) {
			throw new BadRequestException(
					String.format(Locale.ROOT, "input.text is %,d characters long; at most ", text.length()) + limit
							+ " are allowed.");
		}
		if (text.isBlank()) {
			throw new BadRequestException("input.text is blank; paste the article's text, at most " + limit + ".");
		}
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (Character.isHighSurrogate(ch) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(ch)) {
				throw new BadRequestException("input.text is not valid Unicode: a lone surrogate at character " + i
						+ "; send the text as UTF-8.");
			}
			else if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
				throw new BadRequestException(
						"input.text contains a control character (U+%04X) at character %d; remove it."
							.formatted((int) ch, i));
			}
		}
		return text;
	}

	private static FuzzyDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return FuzzyDate.parse(text);
		}
		catch (InvalidDateException ex) {
			throw new BadRequestException("input.publishedOn: " + ex.getMessage());
		}
	}

	private static String url(String url) {
		String given = Inputs.text("input.url", url, MAX_URL);
		if (given == null) {
			return null;
		}
		try {
			URI uri = new URI(given);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return given;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new BadRequestException("input.url is '" + given
				+ "'; give the address the article was published at, an http or https URL such as https://example.com/news/1.");
	}

	private static String sha256(String body) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ConflictException("The import was interrupted; try it again.", null);
		}
	}

}
