package org.diplograph.seed;

import java.util.LinkedHashMap;
import java.util.Map;

import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Article;
import org.diplograph.seed.SeedEntries.ArticleEntry;
import org.diplograph.text.ArticleText;

/**
 * Stages 1 and 2 for the articles: checks each listed source text against the SHA-256 the
 * seed gives (a changed text is refused by name), runs it through the text pipeline, and
 * takes title, author and date from the seed where it gives them.
 */
final class ArticleReader {

	private ArticleReader() {
	}

	/**
	 * The articles whose texts passed, by article ID, in the order the seed lists them.
	 */
	static Map<String, SeedArticle> read(SeedSource seed, Problems problems) {
		Map<String, SeedArticle> articles = new LinkedHashMap<>();
		for (ArticleEntry entry : seed.articles()) {
			String where = SeedEntries.ARTICLES + ", entry " + entry.file();
			if (entry.file() == null || !entry.file().endsWith(".txt")) {
				problems.add(where + ": file must name a .txt source text");
				continue;
			}
			SeedSource.SourceFile source = seed.sourceText(entry.file());
			if (source == null) {
				problems.add(where + ": the source text " + seed.sourcePath(entry.file()) + " does not exist");
				continue;
			}
			if (!source.sha256().equalsIgnoreCase(String.valueOf(entry.sha256()))) {
				problems.add(where + ": refusing " + seed.sourcePath(entry.file()) + ", its SHA-256 is "
						+ source.sha256() + " but the seed expects " + entry.sha256());
				continue;
			}
			ArticleText text = ArticleText.clean(source.text());
			String title = (entry.title() != null) ? entry.title() : text.title();
			if (title == null || title.isBlank()) {
				problems.add(where + ": the text carries no title, so the seed must give one");
			}
			FuzzyDate publishedOn = (entry.publishedOn() != null)
					? problems.date(where, "publishedOn", entry.publishedOn()) : text.publishedOn();
			String author = (entry.author() != null) ? entry.author() : text.author();
			String id = Article.ID_PREFIX + entry.file().substring(0, entry.file().length() - ".txt".length());
			if (articles.containsKey(id)) {
				problems.add(where + ": the file is listed twice");
			}
			articles.put(id, new SeedArticle(id, entry, title, author, publishedOn, text, source.sha256()));
		}
		return articles;
	}

}
