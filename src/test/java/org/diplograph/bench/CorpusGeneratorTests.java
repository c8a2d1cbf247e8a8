package org.diplograph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.diplograph.bench.CorpusGenerator.Summary;
import org.diplograph.change.ChangeWrites;
import org.diplograph.change.RestoreProperties;
import org.diplograph.change.TestChangeWrites;
import org.diplograph.common.Evidence;
import org.diplograph.database.InMemoryMongo;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Visit;
import org.diplograph.seed.SeedLoader;
import org.diplograph.seed.SeedProperties;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small synthetic corpus goes through the real loader with nothing refused, and the
 * same seed always writes the same bytes.
 */
class CorpusGeneratorTests {

	private static final int ARTICLES = 30;

	@RegisterExtension
	final InMemoryMongo mongo = new InMemoryMongo();

	@Test
	void generatedCorpusLoadsWithEveryEntry(@TempDir Path dir) throws IOException {
		Summary summary = CorpusGenerator.generate(ARTICLES, dir, CorpusGenerator.DEFAULT_SEED);
		assertThat(summary.countries()).isEqualTo(30);
		assertThat(summary.people()).isEqualTo(60);
		assertThat(summary.visits()).isEqualTo(15);
		assertThat(summary.deals()).isEqualTo(3);
		assertThat(load(dir)).isTrue();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String collection : List.of("articles", "actors", "visits", "deals")) {
			counts.put(collection, this.mongo.template().getCollection(collection).countDocuments());
		}
		assertThat(counts).containsExactly(Map.entry("articles", (long) ARTICLES),
				Map.entry("actors", (long) summary.actors()), Map.entry("visits", (long) summary.visits()),
				Map.entry("deals", (long) summary.deals()));
	}

	@Test
	void cleaningKeepsTheTextsSoEvidenceAndMentionsHold(@TempDir Path dir) throws IOException {
		Summary summary = CorpusGenerator.generate(ARTICLES, dir, CorpusGenerator.DEFAULT_SEED);
		load(dir);
		Map<String, Article> articles = new LinkedHashMap<>();
		this.mongo.template().findAll(Article.class).forEach((article) -> articles.put(article.id(), article));
		for (Article article : articles.values()) {
			String text = Files.readString(dir.resolve(CorpusGenerator.TEXT_DIR).resolve(article.sourceFile()),
					StandardCharsets.UTF_8);
			assertThat(article.body()).as(article.id()).isEqualTo(text);
			assertThat(article.title()).as(article.id()).isNotBlank().isNotEqualTo(text.lines().findFirst().get());
			assertThat(article.mentions()).as(article.id()).isNotEmpty();
		}
		int evidence = 0;
		for (Visit visit : this.mongo.template().findAll(Visit.class)) {
			for (Evidence source : visit.sources()) {
				Article article = articles.get(source.articleId());
				assertThat(source.quote()).isEqualTo(article.body().substring(source.start(), source.end()))
					.endsWith(".");
				assertThat(article.actorIds()).as("actors of %s named by %s", visit.id(), article.id())
					.containsAll(visit.visitorIds())
					.containsAll(visit.metWithIds())
					.contains(visit.fromCountryId(), visit.hostCountryId());
				evidence++;
			}
		}
		for (DefenceDeal deal : this.mongo.template().findAll(DefenceDeal.class)) {
			for (Evidence source : deal.sources()) {
				assertThat(articles.get(source.articleId()).actorIds()).contains(deal.buyerId(), deal.supplierId());
				evidence++;
			}
		}
		assertThat(evidence).isEqualTo(summary.evidence());
	}

	@Test
	void sameSeedWritesTheSameBytes(@TempDir Path first, @TempDir Path second, @TempDir Path other) throws IOException {
		CorpusGenerator.generate(ARTICLES, first, CorpusGenerator.DEFAULT_SEED);
		CorpusGenerator.generate(ARTICLES, second, CorpusGenerator.DEFAULT_SEED);
		CorpusGenerator.generate(ARTICLES, other, CorpusGenerator.DEFAULT_SEED + 1);
		Map<String, byte[]> files = files(first);
		assertThat(files).hasSize(ARTICLES + 4 + 3 + 1);
		Map<String, byte[]> again = files(second);
		assertThat(again.keySet()).isEqualTo(files.keySet());
		files.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
		assertThat(files(other).get("seed/articles.yaml")).isNotEqualTo(files.get("seed/articles.yaml"));
	}

	/** Loads the corpus with the real loader, in a context of its own. */
	private boolean load(Path dir) {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean(MongoTemplate.class, () -> this.mongo.template());
			context.registerBean(SeedProperties.class,
					() -> new SeedProperties(dir.resolve(CorpusGenerator.TEXT_DIR).toString(),
							dir.resolve(CorpusGenerator.SEED_DIR).toString(), false, false));
			context.registerBean(ChangeWrites.class, () -> TestChangeWrites.on(this.mongo, (event) -> {
			}));
			context.registerBean(RestoreProperties.class, () -> new RestoreProperties(null));
			context.registerBean(SeedLoader.class);
			context.refresh();
			return context.getBean(SeedLoader.class).load(false);
		}
	}

	private static Map<String, byte[]> files(Path root) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
				files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		return files;
	}

}
