package org.diplograph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.model.Article;
import org.diplograph.model.Mention;

import org.springframework.stereotype.Component;

/**
 * Articles: their metadata, the actors they name and how often, and the IDs of the visits
 * and deals they report. The body is in JSON Lines only: a spreadsheet cell holds at most
 * 32,767 characters.
 */
@Component
class ArticleExport implements CollectionExport<Article> {

	private static final List<String> COLUMNS = List.of("id", "title", "publication", "author", "publishedOn.iso",
			"publishedOn.precision", "sourceFile", "sha256", "wordCount", "mentions.actor.id", "mentions.actor.name",
			"mentions.count", "mentions.roleCount", "visits", "deals", "engagements");

	@Override
	public String name() {
		return "articles";
	}

	@Override
	public Class<Article> type() {
		return Article.class;
	}

	@Override
	public List<String> csvColumns() {
		return COLUMNS;
	}

	@Override
	public Collection<String> actorIds(Article article) {
		List<String> ids = new ArrayList<>();
		Records.orEmpty(article.mentions()).forEach((mention) -> ids.add(mention.actorId()));
		return ids;
	}

	@Override
	public Map<String, Object> toRecord(Article article, ActorNames names) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", article.id());
		record.put("title", article.title());
		record.put("publication", article.publication());
		record.put("author", article.author());
		record.put("publishedOn", Records.date(article.publishedOn()));
		record.put("sourceFile", article.sourceFile());
		record.put("sha256", article.sha256());
		record.put("wordCount", article.wordCount());
		List<Map<String, Object>> mentions = new ArrayList<>();
		for (Mention mention : Records.orEmpty(article.mentions())) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("actor", names.ref(mention.actorId()));
			entry.put("count", mention.count());
			// of which by a role only ("the army chief")
			entry.put("roleCount", Records.orEmpty(mention.roleOffsets()).size());
			mentions.add(entry);
		}
		record.put("mentions", mentions);
		record.put("visits", Records.orEmpty(article.visitIds()));
		record.put("deals", Records.orEmpty(article.dealIds()));
		record.put("engagements", Records.orEmpty(article.engagementIds()));
		record.put("body", article.body());
		return record;
	}

}
