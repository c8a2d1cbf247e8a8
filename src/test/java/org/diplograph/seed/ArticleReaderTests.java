package org.diplograph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleReaderTests {

	/** A text of our own: a headline, then two paragraphs and a sign-off to drop. */
	private static final String TEXT = "Two Navies Plan A Joint Drill In The Bay\n\n"
			+ "The navies of two neighbours will hold a drill in the bay next spring.\n\n"
			+ "Officials said the ships would sail from Chattogram.\n\nFollow us on our channel\n";

	@TempDir
	Path dir;

	private final Problems problems = new Problems();

	@BeforeEach
	void emptySeed() throws IOException {
		Files.createDirectories(this.dir.resolve("seed"));
		Files.createDirectories(this.dir.resolve("texts"));
		for (String file : new String[] { "actors.yaml", "visits.yaml", "deals.yaml", "engagements.yaml" }) {
			Files.writeString(this.dir.resolve("seed").resolve(file), "[]\n");
		}
		Files.writeString(this.dir.resolve("texts/100_drill.txt"), TEXT);
		Files.writeString(this.dir.resolve("texts/101_untitled.txt"), "No headline here, only one sentence.\n");
	}

	@Test
	void textIsCleanedAndTheSeedFillsWhatTheTextLacks() throws IOException {
		Map<String, SeedArticle> articles = read("- {file: 100_drill.txt, sha256: " + sha256(TEXT)
				+ ", publication: Our Desk, publishedOn: \"2025-03\"}\n");
		assertThat(this.problems.all()).isEmpty();
		SeedArticle article = articles.get("article:100_drill");
		assertThat(article.title()).isEqualTo("Two Navies Plan A Joint Drill In The Bay");
		assertThat(article.publishedOn().iso()).isEqualTo("2025-03");
		assertThat(article.author()).isNull();
		assertThat(article.sha256()).isEqualTo(sha256(TEXT));
		assertThat(article.text().body()).startsWith("The navies").endsWith("from Chattogram.");
		assertThat(article.text().wordCount()).isEqualTo(22);
	}

	@Test
	void changedMissingUntitledAndRepeatedTextsAreNamed() throws IOException {
		String untitled = Files.readString(this.dir.resolve("texts/101_untitled.txt"));
		Map<String, SeedArticle> articles = read("- {file: 100_drill.txt, sha256: " + "0".repeat(64) + "}\n"
				+ "- {file: 102_gone.txt, sha256: " + "0".repeat(64) + "}\n" + "- {file: 103_notes.md}\n"
				+ "- {file: 101_untitled.txt, sha256: " + sha256(untitled) + "}\n"
				+ "- {file: 101_untitled.txt, sha256: " + sha256(untitled) + ", title: Given}\n");
		assertThat(articles).containsOnlyKeys("article:101_untitled");
		assertThat(articles.get("article:101_untitled").title()).isEqualTo("Given");
		Path texts = this.dir.resolve("texts").toAbsolutePath().normalize();
		assertThat(this.problems.all()).containsExactly(
				"articles.yaml, entry 100_drill.txt: refusing " + texts.resolve("100_drill.txt") + ", its SHA-256 is "
						+ sha256(TEXT) + " but the seed expects " + "0".repeat(64),
				"articles.yaml, entry 102_gone.txt: the source text " + texts.resolve("102_gone.txt")
						+ " does not exist",
				"articles.yaml, entry 103_notes.md: file must name a .txt source text",
				"articles.yaml, entry 101_untitled.txt: the text carries no title, so the seed must give one",
				"articles.yaml, entry 101_untitled.txt: the file is listed twice");
	}

	private Map<String, SeedArticle> read(String articlesYaml) throws IOException {
		Files.writeString(this.dir.resolve("seed/articles.yaml"), articlesYaml);
		SeedSource seed = SeedSource.read(new SeedProperties(this.dir.resolve("texts").toString(),
				this.dir.resolve("seed").toString(), false, true));
		return ArticleReader.read(seed, this.problems);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
