package org.diplograph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.DerivedFromKnowledge;
import org.diplograph.common.RequestBudget;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DealItem;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Visit;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * An in-memory Lucene index of everything searchable, built from MongoDB at startup,
 * updated entry by entry as writes change documents and rebuilt after a wholesale change,
 * so the embedded database and a real MongoDB give the same answers. Searches run against
 * the snapshot the last refresh made.
 */
@Component
class SearchIndex extends DerivedFromKnowledge {

	static final String TYPE = "type";

	static final String ID = "id";

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private final MongoTemplate mongo;

	private final Analyzer stemming = FoldingAnalyzer.stemming();

	private final Analyzer exact = FoldingAnalyzer.exact();

	private final AtomicReference<Index> index = new AtomicReference<>();

	SearchIndex(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Analyzer stemming() {
		return this.stemming;
	}

	Analyzer exact() {
		return this.exact;
	}

	@Override
	protected synchronized void rebuild() {
		long started = System.nanoTime();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		int[] count = { 0 };
		try {
			IndexWriter writer = new IndexWriter(directory, config());
			Consumer<Document> add = (document) -> {
				try {
					writer.addDocument(document);
					count[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			};
			each(Article.class, new Query(), (article) -> add.accept(document(article)));
			each(Actor.class, new Query(), (actor) -> add.accept(document(actor)));
			each(Visit.class, new Query(), (visit) -> add.accept(document(visit)));
			each(DefenceDeal.class, new Query(), (deal) -> add.accept(document(deal)));
			each(Engagement.class, new Query(), (engagement) -> add.accept(document(engagement)));
			writer.forceMerge(1);
			writer.commit();
			Index previous = this.index.getAndSet(new Index(writer, new SearcherManager(writer, null)));
			if (previous != null) {
				previous.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		logger.info("Search index built: {} documents in {} ms", count[0], (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Replaces the entries of these documents with what the database now holds, removes
	 * those no longer there, and makes the change searchable before returning.
	 */
	@Override
	protected synchronized void update(Set<String> ids) {
		Index current = this.index.get();
		if (current == null) {
			return;
		}
		Map<String, Document> documents = new HashMap<>();
		each(Article.class, byIds(ids, Article.ID_PREFIX), (article) -> documents.put(article.id(), document(article)));
		each(Actor.class, byIds(ids, Actor.ID_PREFIX), (actor) -> documents.put(actor.id(), document(actor)));
		each(Visit.class, byIds(ids, Visit.ID_PREFIX), (visit) -> documents.put(visit.id(), document(visit)));
		each(DefenceDeal.class, byIds(ids, DefenceDeal.ID_PREFIX), (deal) -> documents.put(deal.id(), document(deal)));
		each(Engagement.class, byIds(ids, Engagement.ID_PREFIX),
				(engagement) -> documents.put(engagement.id(), document(engagement)));
		try {
			for (String id : ids) {
				if (!isSearchable(id)) {
					continue;
				}
				Document document = documents.get(id);
				if (document != null) {
					current.writer().updateDocument(new Term(ID, id), document);
				}
				else {
					current.writer().deleteDocuments(new Term(ID, id));
				}
			}
			current.searchers().maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private IndexWriterConfig config() {
		Map<String, Analyzer> exactFields = new HashMap<>();
		for (SearchField field : SearchField.values()) {
			exactFields.put(field.exactName(), this.exact);
		}
		return new IndexWriterConfig(new PerFieldAnalyzerWrapper(this.stemming, exactFields));
	}

	private static Document document(Article article) {
		return document(SearchType.ARTICLE, article.id(),
				Map.of(SearchField.TITLE, List.of(article.title()), SearchField.BODY, List.of(article.body())));
	}

	private static Document document(Actor actor) {
		return document(SearchType.ACTOR, actor.id(),
				Map.of(SearchField.NAME, List.of(actor.name()), SearchField.ALIASES, actor.aliases()));
	}

	private static Document document(Visit visit) {
		return document(SearchType.VISIT, visit.id(), Map.of(SearchField.SUMMARY, List.of(visit.summary())));
	}

	private static Document document(DefenceDeal deal) {
		return document(SearchType.DEAL, deal.id(), Map.of(SearchField.TITLE, List.of(deal.title()), SearchField.ITEMS,
				deal.items().stream().map(DealItem::system).toList()));
	}

	private static Document document(Engagement engagement) {
		return document(SearchType.ENGAGEMENT, engagement.id(),
				Map.of(SearchField.SUMMARY, List.of(engagement.summary())));
	}

	private static boolean isSearchable(String id) {
		return id.startsWith(Article.ID_PREFIX) || id.startsWith(Actor.ID_PREFIX) || id.startsWith(Visit.ID_PREFIX)
				|| id.startsWith(DefenceDeal.ID_PREFIX) || id.startsWith(Engagement.ID_PREFIX);
	}

	private static Query byIds(Set<String> ids, String prefix) {
		return Query.query(Criteria.where("_id").in(ids.stream().filter((id) -> id.startsWith(prefix)).toList()));
	}

	/** The top {@code limit} hits, best first, with the total number of hits. */
	Result search(org.apache.lucene.search.Query query, Set<SearchType> types, int limit, RequestBudget budget) {
		Index current = this.index.get();
		if (current == null) {
			// not built yet: the database was away at startup
			return new Result(List.of(), 0);
		}
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
		if (types != null && !types.isEmpty() && !types.containsAll(EnumSet.allOf(SearchType.class))) {
			filtered.add(new TermInSetQuery(TYPE, types.stream().map((type) -> new BytesRef(type.name())).toList()),
					BooleanClause.Occur.FILTER);
		}
		try {
			IndexSearcher acquired = current.searchers().acquire();
			try {
				// matching misspellings walks many terms: the wrapped reader checks the
				// budget as it goes
				IndexSearcher searcher = new IndexSearcher(
						ExitableDirectoryReader.wrap((DirectoryReader) acquired.getIndexReader(), budget::isExhausted));
				TopDocs top = searcher.search(rewrite(filtered.build(), searcher, budget),
						new TopScoreDocCollectorManager(Math.max(limit, 1), null, Integer.MAX_VALUE, false));
				List<Hit> hits = new ArrayList<>();
				for (ScoreDoc scoreDoc : top.scoreDocs) {
					Document document = searcher.storedFields().document(scoreDoc.doc);
					hits.add(new Hit(SearchType.valueOf(document.get(TYPE)), document.get(ID), scoreDoc.score,
							storedValues(document)));
				}
				return new Result(hits, top.totalHits.value);
			}
			finally {
				current.searchers().release(acquired);
			}
		}
		catch (ExitableDirectoryReader.ExitingReaderException ex) {
			budget.check();
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The query rewritten part by part, with the budget checked between parts: building
	 * the automaton of a long word's misspellings takes a while, and Lucene checks
	 * nothing meanwhile.
	 */
	private static org.apache.lucene.search.Query rewrite(org.apache.lucene.search.Query query, IndexSearcher searcher,
			RequestBudget budget) throws IOException {
		if (query instanceof BooleanQuery bool) {
			BooleanQuery.Builder rewritten = new BooleanQuery.Builder()
				.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
			for (BooleanClause clause : bool.clauses()) {
				rewritten.add(rewrite(clause.getQuery(), searcher, budget), clause.getOccur());
			}
			return rewritten.build();
		}
		if (query instanceof BoostQuery boost) {
			return new BoostQuery(rewrite(boost.getQuery(), searcher, budget), boost.getBoost());
		}
		budget.check();
		return searcher.rewrite(query);
	}

	private static Map<SearchField, List<String>> storedValues(Document document) {
		Map<SearchField, List<String>> values = new EnumMap<>(SearchField.class);
		for (SearchField field : SearchField.values()) {
			IndexableField[] stored = document.getFields(field.fieldName());
			if (stored.length > 0) {
				values.put(field, Stream.of(stored).map(IndexableField::stringValue).toList());
			}
		}
		return values;
	}

	private <T> void each(Class<T> type, Query query, Consumer<T> action) {
		try (Stream<T> all = this.mongo.stream(query.with(Sort.by("_id")), type)) {
			all.forEach(action);
		}
	}

	private static Document document(SearchType type, String id, Map<SearchField, List<String>> fields) {
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

	/**
	 * The open writer of the current index and the searchers it refreshes: a write's
	 * update is searchable once the manager has refreshed.
	 */
	private record Index(IndexWriter writer, SearcherManager searchers) {

		void close() throws IOException {
			this.searchers.close();
			this.writer.close();
		}

	}

	record Hit(SearchType type, String id, float score, Map<SearchField, List<String>> values) {
	}

	record Result(List<Hit> hits, long total) {
	}

}
