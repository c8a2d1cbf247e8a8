package org.diplograph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@link SeedSource} reads seed files larger than the YAML parser's default
 * limit of 3 MB, as the 100,000-article benchmark corpus writes them.
 */
class SeedSourceTests {

	@Test
	void readsSeedFilesLargerThanThreeMegabytes(@TempDir Path dir) throws IOException {
		Path seed = Files.createDirectories(dir.resolve("seed"));
		Path texts = Files.createDirectories(dir.resolve("texts"));
		StringBuilder articles = new StringBuilder();
		int count = 20_000;
		for (int i = 0; i < count; i++) {
			// about 200 characters an entry: 4 MB in all
			articles.append("- file: article-")
				.append(i)
				.append(".txt\n")
				.append("  sha256: \"")
				.append("0".repeat(64))
				.append("\"\n")
				.append("  title: \"Harbour talks, day ")
				.append(i)
				.append(", with a title long enough to count\"\n")
				.append("  publishedOn: \"2024-03-01\"\n");
		}
		assertThat(articles.length()).isGreaterThan(3 * 1024 * 1024);
		Files.writeString(seed.resolve(SeedEntries.ARTICLES), articles, StandardCharsets.UTF_8);
		for (String name : new String[] { SeedEntries.ACTORS, SeedEntries.VISITS, SeedEntries.DEALS }) {
			Files.writeString(seed.resolve(name), "[]\n", StandardCharsets.UTF_8);
		}
		SeedSource source = SeedSource.read(new SeedProperties(texts.toString(), seed.toString(), false, true));
		assertThat(source.articles()).hasSize(count);
		assertThat(source.articles().get(count - 1).title())
			.isEqualTo("Harbour talks, day 19999, with a title long enough to count");
		assertThat(source.articles().get(count - 1).file()).isEqualTo("article-19999.txt");
	}

}
