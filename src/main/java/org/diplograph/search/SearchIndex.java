package org.diplograph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.DerivedFromKnowledge;
import org.diplograph.common.FeedPosition;
import org.diplograph.common.IndexFiles;
import org.diplograph.common.RequestBudget;
import org.diplograph.model.NodeType;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A Lucene index of everything searchable, kept on disk beside the database with the
 * change-feed position it reflects (or in memory), updated entry by entry as writes
 * change documents, so the embedded database and a real MongoDB give the same answers.
 * Searches run against the snapshot the last refresh made.
 */
@Component
class SearchIndex extends DerivedFromKnowledge implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	private static final String ENTRIES = "entries";

	private final MongoTemplate mongo;

	private final Analyzer stemming = FoldingAnalyzer.stemming();

	private final Analyzer exact = FoldingAnalyzer.exact();

	private final LuceneStore store;

	private final AtomicReference<LiveIndex> index = new AtomicReference<>();

	SearchIndex(MongoTemplate mongo, IndexFiles files) {
		this.mongo = mongo;
		this.store = new LuceneStore(files.pathOf("search"));
	}

	Analyzer stemming() {
		return this.stemming;
	}

	Analyzer exact() {
		return this.exact;
	}

	@Override
	protected synchronized FeedPosition restore() {
		LuceneStore.Opened opened = this.store.openSaved(config());
		if (opened == null) {
			return null;
		}
		FeedPosition position = SearchDocuments.VERSION.equals(opened.commitData().get(ENTRIES))
				? FeedPosition.fromMap(opened.commitData()) : null;
		if (position == null) {
			// written by another version, or discarded: rebuilt
			LuceneStore.rollback(opened.writer());
			return null;
		}
		try {
			swap(new LiveIndex(opened.writer()));
		}
		catch (IOException ex) {
			LuceneStore.rollback(opened.writer());
			return null;
		}
		logger.info("Search index opened: {} documents at change {}", this.index.get().size(), position.seq());
		return position;
	}

	@Override
	protected Rebuild newRebuild() {
		long started = System.nanoTime();
		IndexWriter writer;
		try {
			writer = this.store.building(config().setRAMBufferSizeMB(48));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Rebuild() {

			@Override
			public void add(Object document) {
				Document entry = SearchDocuments.of(document);
				if (entry != null) {
					try {
						writer.addDocument(entry);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			}

			@Override
			public void finish() {
				install(writer);
				logger.info("Search index built: {} documents in {} ms", SearchIndex.this.index.get().size(),
						(System.nanoTime() - started) / 1_000_000);
			}

		};
	}

	private synchronized void install(IndexWriter built) {
		try {
			LiveIndex previous = this.index.get();
			if (previous != null && this.store.onDisk()) {
				// the saved index's directory is replaced: its writer lets go of it first
				previous.writer().rollback();
			}
			IndexWriter writer = this.store.install(built, this::config);
			swap(new LiveIndex(writer));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void swap(LiveIndex next) {
		LiveIndex previous = this.index.getAndSet(next);
		if (previous != null) {
			previous.close();
		}
	}

	/**
	 * Replaces the entries of these documents with what the database now holds, removes
	 * those no longer there, and makes the change searchable before returning.
	 */
	@Override
	protected synchronized void update(Set<String> ids) {
		LiveIndex current = this.index.get();
		if (current == null) {
			return;
		}
		Map<String, Document> documents = new HashMap<>();
		for (NodeType type : SearchDocuments.INDEXED) {
			List<String> ofType = ids.stream().filter((id) -> NodeType.ofId(id) == type).toList();
			if (!ofType.isEmpty()) {
				try (Stream<?> found = this.mongo.stream(Query.query(Criteria.where("_id").in(ofType)),
						type.documentType())) {
					found.map(SearchDocuments::of)
						.forEach((entry) -> documents.put(entry.get(SearchDocuments.ID), entry));
				}
			}
		}
		try {
			current.replace(ids.stream().filter(SearchDocuments::isSearchable).collect(Collectors.toSet()), documents);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean keepsCopy() {
		return this.store.onDisk();
	}

	@Override
	protected synchronized void save(FeedPosition position) {
		commit(position.toMap());
	}

	@Override
	protected synchronized void discard() {
		commit(Map.of());
	}

	private void commit(Map<String, String> data) {
		LiveIndex current = this.index.get();
		if (current == null || !this.store.onDisk()) {
			return;
		}
		Map<String, String> all = new HashMap<>(data);
		if (!data.isEmpty()) {
			all.put(ENTRIES, SearchDocuments.VERSION);
		}
		current.commit(all);
	}

	@Override
	public synchronized void destroy() {
		LiveIndex current = this.index.getAndSet(null);
		if (current != null) {
			current.close();
		}
	}

	private IndexWriterConfig config() {
		Map<String, Analyzer> exactFields = new HashMap<>();
		for (SearchField field : SearchField.values()) {
			exactFields.put(field.exactName(), this.exact);
		}
		// what is not saved explicitly is not kept: a copy on disk always has its
		// position
		return new IndexWriterConfig(new PerFieldAnalyzerWrapper(this.stemming, exactFields)).setCommitOnClose(false);
	}

	/** The top {@code limit} hits, best first, with the total number of hits. */
	Result search(org.apache.lucene.search.Query query, Set<SearchType> types, int limit, RequestBudget budget) {
		LiveIndex current = this.index.get();
		if (current == null) {
			// not built yet: the database was away at startup
			return new Result(List.of(), 0);
		}
		try {
			return current.search(query, types, limit, budget);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Hit(SearchType type, String id, float score, Map<SearchField, List<String>> values) {
	}

	record Result(List<Hit> hits, long total) {
	}

}
