package org.diplograph.search;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DealItem;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.NodeType;
import org.diplograph.model.Visit;

/** The index entry of each searchable document. */
final class SearchDocuments {

	static final String TYPE = "type";

	static final String ID = "id";

	/**
	 * Changes whenever the entries change: an index saved with another version is
	 * rebuilt.
	 */
	static final String VERSION = "1";

	/** The node types search has entries for, the ones {@link #of} makes one of. */
	static final Set<NodeType> INDEXED = Collections.unmodifiableSet(
			EnumSet.of(NodeType.ARTICLE, NodeType.ACTOR, NodeType.VISIT, NodeType.DEAL, NodeType.ENGAGEMENT));

	private SearchDocuments() {
	}

	/**
	 * The entry of an article, actor, visit, deal or engagement; null for anything else.
	 */
	static Document of(Object document) {
		if (document instanceof Article article) {
			return entry(SearchType.ARTICLE, article.id(),
					Map.of(SearchField.TITLE, List.of(article.title()), SearchField.BODY, List.of(article.body())));
		}
		if (document instanceof Actor actor) {
			return entry(SearchType.ACTOR, actor.id(),
					Map.of(SearchField.NAME, List.of(actor.name()), SearchField.ALIASES, actor.aliases()));
		}
		if (document instanceof Visit visit) {
			return entry(SearchType.VISIT, visit.id(), Map.of(SearchField.SUMMARY, List.of(visit.summary())));
		}
		if (document instanceof DefenceDeal deal) {
			return entry(SearchType.DEAL, deal.id(), Map.of(SearchField.TITLE, List.of(deal.title()), SearchField.ITEMS,
					deal.items().stream().map(DealItem::system).toList()));
		}
		if (document instanceof Engagement engagement) {
			return entry(SearchType.ENGAGEMENT, engagement.id(),
					Map.of(SearchField.SUMMARY, List.of(engagement.summary())));
		}
		return null;
	}

	/** Whether search has an entry for documents with this ID (candidates have none). */
	static boolean isSearchable(String id) {
		return INDEXED.contains(NodeType.ofId(id));
	}

	private static Document entry(SearchType type, String id, Map<SearchField, List<String>> fields) {
		Document document = new Document();
		document.add(new StringField(TYPE, type.name(), Field.Store.YES));
		document.add(new StringField(ID, id, Field.Store.YES));
		new TreeMap<>(fields).forEach((field, values) -> {
			for (String value : values) {
				if (value != null) {
					document.add(new TextField(field.fieldName(), value, Field.Store.YES));
					document.add(new TextField(field.exactName(), value, Field.Store.NO));
				}
			}
		});
		return document;
	}

}
