package org.diplograph.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.model.Actor;
import org.diplograph.seed.SeedEntries.ActorEntry;
import org.diplograph.seed.SeedEntries.ArticleEntry;
import org.diplograph.seed.SeedEntries.SourceEntry;
import org.diplograph.text.ArticleText;

/**
 * A small seed in memory for the tests of the stages: two countries, a person, a maker,
 * and one article written for these tests.
 */
final class SeedFixtures {

	/** An article of our own, in two paragraphs. */
	static final String BODY = "A Turkish delegation led by Haluk Gorgun reached Dhaka on Monday.\n\n"
			+ "Bangladesh agreed to buy eighteen howitzers from the state maker MKE.";

	static final SeedArticle ARTICLE = article("100_fixture", BODY);

	private SeedFixtures() {
	}

	static SeedArticle article(String stem, String body) {
		return new SeedArticle("article:" + stem,
				new ArticleEntry(stem + ".txt", "0".repeat(64), null, null, null, null), "A fixture article", null,
				null, ArticleText.clean(body), "0".repeat(64));
	}

	static Map<String, Actor> actors(Problems problems) {
		return ActorBuilder.build(
				List.of(ActorBuilderTests.country("country-tr", "Türkiye", "TR"),
						ActorBuilderTests.country("country-bd", "Bangladesh", "BD"),
						new ActorEntry("haluk-gorgun", "PERSON", "Haluk Görgün", null, "country-tr", List.of("Gorgun"),
								null, null, null),
						new ActorEntry("mke", "ORGANIZATION", "MKE", null, "country-tr", null, null, null, null)),
				problems);
	}

	static EvidenceBuilder evidence(Problems problems, SeedArticle... articles) {
		Map<String, SeedArticle> byId = new LinkedHashMap<>();
		for (SeedArticle article : articles) {
			byId.put(article.id(), article);
		}
		return new EvidenceBuilder(byId, List.of(articles).stream().map(SeedArticle::entry).toList(), problems);
	}

	/** A source quoting {@code quote} of the fixture article. */
	static SourceEntry source(String quote) {
		int start = BODY.indexOf(quote);
		return new SourceEntry("100_fixture", start, start + quote.length());
	}

}
