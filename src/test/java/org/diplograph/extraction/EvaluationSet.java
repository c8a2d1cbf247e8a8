package org.diplograph.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.diplograph.common.FuzzyDate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The hand-written evaluation articles of {@code src/test/resources/extraction}: each
 * article's text, publication date, and the facts a careful analyst records from it.
 * Visitors not known to the knowledge base are written "new:Name".
 */
final class EvaluationSet {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	record ActorEntry(String id, String type, String name, String code, String country, List<String> aliases) {

		KnownActor known() {
			return new KnownActor(this.id, this.name, ActorType.valueOf(this.type), this.aliases, this.code,
					this.country, List.of());
		}

	}

	record ExpectedVisit(List<String> visitors, String from, String host, String place, String date, String status,
			Integer durationDays) {

	}

	record ExpectedDeal(String kind, String status, String buyer, String supplier, List<String> parties, String system,
			String manufacturer, Integer quantity, Integer plannedQuantity, String date) {

	}

	record ExpectedEngagement(String kind, List<String> countries, String place, String date, String status) {

	}

	record Article(String file, String title, String publishedOn, String split, String text, List<ExpectedVisit> visits,
			List<ExpectedDeal> deals, List<ExpectedEngagement> engagements) {

		Article {
			visits = (visits != null) ? visits : List.of();
			deals = (deals != null) ? deals : List.of();
			engagements = (engagements != null) ? engagements : List.of();
		}

		ArticleInput input(List<KnownActor> known) {
			String body = this.text.strip();
			return new ArticleInput(body, this.title, FuzzyDate.parse(this.publishedOn), known,
					TestMentions.find(body, known));
		}

	}

	private EvaluationSet() {
	}

	static List<KnownActor> knownActors() {
		try (InputStream in = EvaluationSet.class.getResourceAsStream("/extraction/known-actors.yaml")) {
			return Stream.of(YAML.readValue(in, ActorEntry[].class)).map(ActorEntry::known).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<Article> articles() {
		try {
			Path dir = Path.of(EvaluationSet.class.getResource("/extraction/articles").toURI());
			List<Article> articles = new ArrayList<>();
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".yaml")).sorted().toList()) {
					Article article = YAML.readValue(withFile(Files.readString(file), file), Article.class);
					articles.add(article);
				}
			}
			return articles;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String withFile(String yaml, Path file) {
		return "file: " + file.getFileName() + "\n" + yaml;
	}

}
