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
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.RequestBudget;

/**
 * The open writer of the index being served and the searchers it refreshes: an update is
 * searchable once the searchers have refreshed, and on disk once committed.
 */
final class LiveIndex {

	private static final Logger logger = LoggerFactory.getLogger(LiveIndex.class);

	private final IndexWriter writer;

	private final SearcherManager searchers;

	LiveIndex(IndexWriter writer) throws IOException {
		this.writer = writer;
		this.searchers = new SearcherManager(writer, null);
	}

	IndexWriter writer() {
		return this.writer;
	}

	int size() {
		return this.writer.getDocStats().numDocs;
	}

	/**
	 * Replaces the entries of these IDs with the ones given (an ID without one is
	 * removed), then refreshes the searchers.
	 */
	void replace(Set<String> ids, Map<String, Document> entries) throws IOException {
		for (String id : ids) {
			Document entry = entries.get(id);
			if (entry != null) {
				this.writer.updateDocument(new Term(SearchDocuments.ID, id), entry);
			}
			else {
				this.writer.deleteDocuments(new Term(SearchDocuments.ID, id));
			}
		}
		this.searchers.maybeRefreshBlocking();
	}

	/** Commits what it holds now, with this data. */
	void commit(Map<String, String> data) {
		try {
			this.writer.setLiveCommitData(new HashMap<>(data).entrySet());
			this.writer.commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The top {@code limit} hits, best first, with the total number of hits; stops when
	 * the request's budget is spent.
	 */
	SearchIndex.Result search(Query query, Set<SearchType> types, int limit, RequestBudget budget) throws IOException {
		BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
		if (types != null && !types.isEmpty() && !types.containsAll(EnumSet.allOf(SearchType.class))) {
			filtered.add(
					new TermInSetQuery(SearchDocuments.TYPE,
							types.stream().map((type) -> new BytesRef(type.name())).toList()),
					BooleanClause.Occur.FILTER);
		}
		IndexSearcher acquired = this.searchers.acquire();
		try {
			// matching misspellings walks many terms: the wrapped reader checks the
			// budget
			// as it goes
			IndexSearcher searcher = new IndexSearcher(
					ExitableDirectoryReader.wrap((DirectoryReader) acquired.getIndexReader(), budget::isExhausted));
			TopDocs top = searcher.search(rewrite(filtered.build(), searcher, budget),
					new TopScoreDocCollectorManager(Math.max(limit, 1), null, Integer.MAX_VALUE, false));
			List<SearchIndex.Hit> hits = new ArrayList<>();
			for (ScoreDoc scoreDoc : top.scoreDocs) {
				Document document = searcher.storedFields().document(scoreDoc.doc);
				hits.add(new SearchIndex.Hit(SearchType.valueOf(document.get(SearchDocuments.TYPE)),
						document.get(SearchDocuments.ID), scoreDoc.score, storedValues(document)));
			}
			return new SearchIndex.Result(hits, top.totalHits.value);
		}
		catch (ExitableDirectoryReader.ExitingReaderException ex) {
			budget.check();
			throw ex;
		}
		finally {
			this.searchers.release(acquired);
		}
	}

	/**
	 * The query rewritten part by part, with the budget checked between parts: building
	 * the automaton of a long word's misspellings takes a while, and Lucene checks
	 * nothing meanwhile.
	 */
	private static Query rewrite(Query query, IndexSearcher searcher, RequestBudget budget) throws IOException {
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

	/** Stops serving it; searches still running finish on their snapshot. */
	void close() {
		try {
			this.searchers.close();
		}
		catch (IOException ex) {
			logger.debug("Closing searchers: {}", ex.toString());
		}
		LuceneStore.rollback(this.writer);
	}

}
