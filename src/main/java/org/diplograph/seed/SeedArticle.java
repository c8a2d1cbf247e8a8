package org.diplograph.seed;

import java.util.List;

import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Article;
import org.diplograph.model.Mention;
import org.diplograph.model.Origin;
import org.diplograph.seed.SeedEntries.ArticleEntry;
import org.diplograph.text.ArticleText;

/**
 * A source text that passed its SHA-256 check, cleaned, with the title, author and date
 * the seed or the text gives.
 */
record SeedArticle(String id, ArticleEntry entry, String title, String author, FuzzyDate publishedOn, ArticleText text,
		String sha256) {

	Article toDocument(List<Mention> mentions, List<String> visitIds, List<String> dealIds,
			List<String> engagementIds) {
		return new Article(this.id, this.title, this.entry.publication(), this.author, this.publishedOn,
				this.text.body(), this.entry.file(), this.sha256, this.text.wordCount(), mentions,
				mentions.stream().map(Mention::actorId).toList(), visitIds, dealIds,
				Article.sortKeyOf(this.publishedOn), engagementIds, 1, Origin.SEED);
	}

}
