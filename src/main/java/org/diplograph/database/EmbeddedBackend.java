package org.diplograph.database;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 storage, with two differences that matter at scale: its
 * collections keep the secondary indexes in memory ({@link IndexedCollection}), and its
 * page cache is sized by {@code diplograph.embedded.cache-size-mb}, so what is read finds
 * documents already decoded rather than deserializing each one again.
 */
final class EmbeddedBackend extends H2Backend {

	private EmbeddedBackend(MVStore store) {
		super(store);
	}

	static EmbeddedBackend open(String file, int cacheSizeMb) {
		return new EmbeddedBackend(new MVStore.Builder().fileName(file).cacheSize(cacheSizeMb).open());
	}

	static EmbeddedBackend inMemory(int cacheSizeMb) {
		return new EmbeddedBackend(new MVStore.Builder().cacheSize(cacheSizeMb).open());
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new IndexedDatabase(databaseName, getCursorRegistry());
	}

	/**
	 * A database of the embedded server whose collections keep the secondary indexes the
	 * application asks for in memory ({@link IndexedCollection}) instead of recording
	 * indexes it would not use (each recorded one cost two scans of its collection at
	 * every start), and which counts documents through those indexes: the driver's count
	 * is an aggregation, which mongo-java-server always runs over the whole collection.
	 * An inner class, because it reads the store while it opens, in its constructor.
	 */
	final class IndexedDatabase extends H2Database {

		IndexedDatabase(String name, CursorRegistry cursors) {
			super(name, getMvStore(), cursors);
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			String fullName = getDatabaseName() + "." + collectionName;
			// the names H2Database gives the maps of a collection, so existing data is
			// found
			return new IndexedCollection(this, collectionName, options, getMvStore().openMap("databases." + fullName),
					getMvStore().openMap("meta." + fullName), this.cursorRegistry);
		}

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			if (resolveCollection(collectionName, false) instanceof IndexedCollection collection) {
				collection.declare(keys);
			}
			// not recorded: the collection keeps it in memory
			return null;
		}

		@Override
		public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
				Oplog oplog) {
			if (command.equalsIgnoreCase("aggregate") && resolveCollection(String.valueOf(query.get(command)),
					false) instanceof IndexedCollection collection) {
				Document filter = countedFilter(query.get("pipeline"));
				if (filter != null) {
					int count = collection.count(filter, 0, 0);
					List<Document> batch = (count > 0) ? List.of(new Document("_id", 1).append("n", count)) : List.of();
					Document cursor = new Document("id", 0L).append("ns", collection.getFullName())
						.append("firstBatch", batch);
					return new Document("cursor", cursor).append("ok", 1.0);
				}
			}
			return super.handleCommand(channel, command, query, resolver, oplog);
		}

		/**
		 * The filter of a pipeline that only counts what it matches, as the driver's
		 * countDocuments sends it; null for any other pipeline.
		 */
		private static Document countedFilter(Object pipeline) {
			if (!(pipeline instanceof List<?> stages) || stages.size() != 2
					|| !(stages.get(0) instanceof Document match) || !(stages.get(1) instanceof Document group)
					|| !(match.get("$match") instanceof Document filter)) {
				return null;
			}
			Document counting = new Document("_id", 1).append("n", new Document("$sum", 1));
			return (match.size() == 1 && group.size() == 1 && counting.equals(group.get("$group"))) ? filter : null;
		}

	}

}
