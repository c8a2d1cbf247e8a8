package org.diplograph.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the Lucene index lives: a directory kept across restarts, or memory only. A
 * rebuild writes a new index beside the saved one and moves it into place when done, so a
 * crash during a rebuild leaves the old copy (with its old position) or none.
 */
final class LuceneStore {

	private static final Logger logger = LoggerFactory.getLogger(LuceneStore.class);

	private volatile Path path;

	LuceneStore(Path path) {
		this.path = path;
	}

	boolean onDisk() {
		return this.path != null;
	}

	/**
	 * A writer on the saved index with the data of its last commit, after checking every
	 * file's checksum; null when there is none, and when it cannot be read (it is then
	 * removed).
	 */
	Opened openSaved(IndexWriterConfig config) {
		Path saved = this.path;
		if (saved == null || !Files.isDirectory(saved)) {
			return null;
		}
		IndexWriter writer = null;
		try {
			FSDirectory directory = FSDirectory.open(saved);
			if (!DirectoryReader.indexExists(directory)) {
				directory.close();
				return null;
			}
			writer = new IndexWriter(directory, config.setOpenMode(IndexWriterConfig.OpenMode.APPEND));
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				for (LeafReaderContext leaf : reader.leaves()) {
					leaf.reader().checkIntegrity();
				}
			}
			Map<String, String> data = new HashMap<>();
			writer.getLiveCommitData().forEach((entry) -> data.put(entry.getKey(), entry.getValue()));
			return new Opened(writer, data);
		}
		catch (LockObtainFailedException ex) {
			logger.warn("The search index in {} is in use by another process: this instance keeps its own in memory",
					saved);
			this.path = null;
			return null;
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("The search index in {} cannot be read ({}): rebuilding it", saved, ex.toString());
			rollback(writer);
			delete(saved);
			return null;
		}
	}

	/** A writer on a new, empty index for a rebuild. */
	IndexWriter building(IndexWriterConfig config) throws IOException {
		if (this.path == null) {
			return new IndexWriter(new ByteBuffersDirectory(), config);
		}
		Path building = buildingPath();
		delete(building);
		return new IndexWriter(FSDirectory.open(building), config.setOpenMode(IndexWriterConfig.OpenMode.CREATE));
	}

	/**
	 * Puts a finished rebuild in place of the saved index; the writer of the saved index
	 * must be closed first.
	 * @return the writer to keep using
	 */
	IndexWriter install(IndexWriter built, Supplier<IndexWriterConfig> config) throws IOException {
		built.commit();
		if (this.path == null || !(built.getDirectory() instanceof FSDirectory)) {
			return built;
		}
		built.close();
		delete(this.path);
		Files.move(buildingPath(), this.path, StandardCopyOption.ATOMIC_MOVE);
		return new IndexWriter(FSDirectory.open(this.path),
				config.get().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
	}

	private Path buildingPath() {
		return this.path.resolveSibling(this.path.getFileName() + ".building");
	}

	static void rollback(IndexWriter writer) {
		if (writer == null) {
			return;
		}
		try {
			writer.rollback();
			writer.getDirectory().close();
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Closing the search index: {}", ex.toString());
		}
	}

	private static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("Cannot remove " + directory, ex);
		}
	}

	/** An opened saved index and the data of its last commit. */
	record Opened(IndexWriter writer, Map<String, String> commitData) {
	}

}
