package org.diplograph.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplograph.common.Evidence;
import org.diplograph.model.Article;
import org.diplograph.seed.SeedEntries.ArticleEntry;
import org.diplograph.seed.SeedEntries.SourceEntry;

/**
 * Stage 3 for the sources of visits and deals: checks that each names a listed article
 * and a range within its cleaned body, and turns it into evidence quoting that range.
 */
final class EvidenceBuilder {

	private final Map<String, SeedArticle> articles;

	private final List<ArticleEntry> listed;

	private final Problems problems;

	EvidenceBuilder(Map<String, SeedArticle> articles, List<ArticleEntry> listed, Problems problems) {
		this.articles = articles;
		this.listed = listed;
		this.problems = problems;
	}

	List<Evidence> evidence(String where, List<SourceEntry> sources) {
		if (sources == null || sources.isEmpty()) {
			this.problems.add(where + ": needs at least one source");
			return List.of();
		}
		List<Evidence> evidence = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			SourceEntry source = sources.get(i);
			String which = where + ", source " + (i + 1);
			SeedArticle article = this.articles.get(Article.ID_PREFIX + source.article());
			if (article == null) {
				boolean listed = this.listed.stream()
					.anyMatch((entry) -> (source.article() + ".txt").equals(entry.file()));
				if (!listed) {
					this.problems.add(which + ": no article " + source.article() + " in " + SeedEntries.ARTICLES);
				}
				// a listed article that was refused has its problem reported already
				continue;
			}
			String body = article.text().body();
			if (source.start() == null || source.end() == null || source.start() < 0 || source.end() <= source.start()
					|| source.end() > body.length()) {
				this.problems.add(which + ": the range " + source.start() + "-" + source.end()
						+ " is not within the body of " + source.article() + " (0-" + body.length() + ")");
				continue;
			}
			evidence.add(new Evidence(article.id(), body.substring(source.start(), source.end()), source.start(),
					source.end()));
		}
		return evidence;
	}

	/** The articles the evidence quotes, each once, in order. */
	static List<String> articleIds(List<Evidence> sources) {
		return sources.stream().map(Evidence::articleId).distinct().toList();
	}

}
