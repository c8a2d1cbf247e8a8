package org.diplograph.seed;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.diplograph.seed.SeedEntries.ActorEntry;
import org.diplograph.seed.SeedEntries.ArticleEntry;
import org.diplograph.seed.SeedEntries.DealEntry;
import org.diplograph.seed.SeedEntries.EngagementEntry;
import org.diplograph.seed.SeedEntries.VisitEntry;

import org.springframework.core.io.ClassPathResource;

/**
 * The seed as read: the five files of curated facts and the source texts they name, with
 * a hash over all of them that tells whether the database already holds this seed.
 */
final class SeedSource {

	/** Changes whenever the way documents are built from the same seed changes. */
	private static final String BUILD_VERSION = "2";

	/**
	 * The parser's defaults but without its 3 MB limit per file: the seed is the
	 * operator's own, and 100,000 articles take 24 MB of articles.yaml.
	 */
	private static final LoadSettings LOAD_SETTINGS = LoadSettings.builder()
		.setCodePointLimit(Integer.MAX_VALUE)
		.build();

	private final List<ArticleEntry> articles;

	private final List<ActorEntry> actors;

	private final List<VisitEntry> visits;

	private final List<DealEntry> deals;

	private final List<EngagementEntry> engagements;

	private final Path sourceDir;

	private final Map<String, SourceFile> sourceFiles = new HashMap<>();

	private final MessageDigest hash = sha256();

	private SeedSource(SeedProperties properties) {
		this.sourceDir = properties.sourcePath();
		if (!Files.isDirectory(this.sourceDir)) {
			throw new SeedException("the source directory " + this.sourceDir.toAbsolutePath().normalize()
					+ " does not exist (set diplograph.seed.source-dir)");
		}
		YAMLMapper yaml = YAMLMapper.builder(YAMLFactory.builder().loadSettings(LOAD_SETTINGS).build())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.build();
		this.hash.update(BUILD_VERSION.getBytes(StandardCharsets.UTF_8));
		this.articles = read(yaml, properties.seedPath(), SeedEntries.ARTICLES, ArticleEntry[].class);
		this.actors = read(yaml, properties.seedPath(), SeedEntries.ACTORS, ActorEntry[].class);
		this.visits = read(yaml, properties.seedPath(), SeedEntries.VISITS, VisitEntry[].class);
		this.deals = read(yaml, properties.seedPath(), SeedEntries.DEALS, DealEntry[].class);
		// a seed directory written before engagements existed has none
		this.engagements = exists(properties.seedPath(), SeedEntries.ENGAGEMENTS)
				? read(yaml, properties.seedPath(), SeedEntries.ENGAGEMENTS, EngagementEntry[].class) : List.of();
		for (ArticleEntry article : this.articles) {
			if (article.file() != null && !article.file().contains("/") && !article.file().contains("\\")) {
				SourceFile source = readSource(article.file());
				if (source != null) {
					this.sourceFiles.put(article.file(), source);
					this.hash.update(source.sha256().getBytes(StandardCharsets.UTF_8));
				}
			}
		}
	}

	static SeedSource read(SeedProperties properties) {
		return new SeedSource(properties);
	}

	List<ArticleEntry> articles() {
		return this.articles;
	}

	List<ActorEntry> actors() {
		return this.actors;
	}

	List<VisitEntry> visits() {
		return this.visits;
	}

	List<DealEntry> deals() {
		return this.deals;
	}

	List<EngagementEntry> engagements() {
		return this.engagements;
	}

	/** The source text of that name, or null when the file does not exist. */
	SourceFile sourceText(String file) {
		return this.sourceFiles.get(file);
	}

	Path sourcePath(String file) {
		return this.sourceDir.resolve(file).toAbsolutePath().normalize();
	}

	String contentHash() {
		try {
			return HexFormat.of().formatHex(((MessageDigest) this.hash.clone()).digest());
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean exists(Path seedDir, String name) {
		return (seedDir != null) ? Files.exists(seedDir.resolve(name)) : new ClassPathResource("seed/" + name).exists();
	}

	/**
	 * A hash of the seed files alone: they pin each source text by its SHA-256, so when
	 * it matches the hash of a loaded seed, that seed is loaded, without reading the
	 * texts.
	 */
	static String filesHash(SeedProperties properties) {
		MessageDigest digest = sha256();
		digest.update(BUILD_VERSION.getBytes(StandardCharsets.UTF_8));
		for (String name : List.of(SeedEntries.ARTICLES, SeedEntries.ACTORS, SeedEntries.VISITS, SeedEntries.DEALS,
				SeedEntries.ENGAGEMENTS)) {
			if (exists(properties.seedPath(), name)) {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update(bytesOf(properties.seedPath(), name));
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private <T> List<T> read(YAMLMapper yaml, Path seedDir, String name, Class<T[]> type) {
		byte[] content = bytesOf(seedDir, name);
		this.hash.update(name.getBytes(StandardCharsets.UTF_8));
		this.hash.update(content);
		try {
			T[] entries = yaml.readValue(content, type);
			return (entries != null) ? List.of(entries) : List.of();
		}
		catch (JacksonException ex) {
			throw new SeedException(name + " is malformed: " + ex.getOriginalMessage() + locationOf(ex));
		}
		catch (NullPointerException ex) {
			throw new SeedException(name + " has an empty entry");
		}
	}

	private static byte[] bytesOf(Path seedDir, String name) {
		try {
			if (seedDir != null) {
				return Files.readAllBytes(seedDir.resolve(name));
			}
			try (InputStream in = new ClassPathResource("seed/" + name).getInputStream()) {
				return in.readAllBytes();
			}
		}
		catch (NoSuchFileException | FileNotFoundException ex) {
			throw new SeedException("the seed file "
					+ ((seedDir != null) ? seedDir.resolve(name) : "classpath:seed/" + name) + " does not exist");
		}
		catch (IOException ex) {
			throw new SeedException("the seed file " + name + " cannot be read: " + ex.getMessage());
		}
	}

	private static String locationOf(JacksonException ex) {
		return (ex.getLocation() != null)
				? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : "";
	}

	private SourceFile readSource(String file) {
		Path path = this.sourceDir.resolve(file);
		if (!Files.isRegularFile(path)) {
			return null;
		}
		try {
			byte[] bytes = Files.readAllBytes(path);
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return new SourceFile(text, HexFormat.of().formatHex(sha256().digest(bytes)));
		}
		catch (CharacterCodingException ex) {
			throw new SeedException("the source text " + path.toAbsolutePath().normalize() + " is not valid UTF-8");
		}
		catch (IOException ex) {
			throw new SeedException(
					"the source text " + path.toAbsolutePath().normalize() + " cannot be read: " + ex.getMessage());
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

	record SourceFile(String text, String sha256) {
	}

}
