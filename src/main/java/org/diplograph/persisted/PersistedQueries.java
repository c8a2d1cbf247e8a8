package org.diplograph.persisted;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import graphql.language.Document;

import org.springframework.stereotype.Component;

/**
 * The persisted queries this instance knows, by SHA-256: parsed and validated documents,
 * at most {@code diplograph.persisted-queries.max-entries} of them, the least recently
 * used dropped first. Only documents without errors are kept.
 */
@Component
public class PersistedQueries implements PersistedQueryCache {

	private final Map<Object, PreparsedDocumentEntry> entries;

	PersistedQueries(PersistedQueriesProperties properties) {
		int max = properties.maxEntries();
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Object, PreparsedDocumentEntry> eldest) {
				return size() > max;
			}
		};
	}

	/** The document persisted under this hash, if this instance has it. */
	public Optional<Document> document(String sha256Hash) {
		synchronized (this.entries) {
			PreparsedDocumentEntry entry = this.entries.get(sha256Hash);
			return Optional.ofNullable(entry).map(PreparsedDocumentEntry::getDocument);
		}
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object persistedQueryId,
			ExecutionInput executionInput, PersistedQueryCacheMiss onCacheMiss) {
		PreparsedDocumentEntry cached;
		synchronized (this.entries) {
			cached = this.entries.get(persistedQueryId);
		}
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		String query = executionInput.getQuery();
		if (query == null || query.isBlank() || PersistedQuerySupport.PERSISTED_QUERY_MARKER.equals(query)) {
			// the client sent only the hash: ask it for the query
			throw new PersistedQueryNotFound(persistedQueryId);
		}
		// parsed here, not inside the lock; a hash that is not the query's throws
		PreparsedDocumentEntry parsed = onCacheMiss.apply(query);
		if (!parsed.hasErrors()) {
			synchronized (this.entries) {
				this.entries.put(persistedQueryId, parsed);
			}
		}
		return CompletableFuture.completedFuture(parsed);
	}

	int size() {
		synchronized (this.entries) {
			return this.entries.size();
		}
	}

}
