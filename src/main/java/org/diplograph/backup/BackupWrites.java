package org.diplograph.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.change.ChangeWrites;
import org.diplograph.change.RestoreProperties;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Restores a backup at startup ({@code diplograph.restore-from=<file>}) into an empty
 * database, refusing one that holds data: every collection loaded, then the log's tail
 * re-applied, so the data is as it was at the end of the backup, history included.
 */
@Component
class BackupWrites implements InitializingBean {

	private static final Logger logger = LoggerFactory.getLogger(BackupWrites.class);

	private static final int BATCH = 500;

	private final MongoTemplate mongo;

	private final ChangeWrites changes;

	private final RestoreProperties restore;

	BackupWrites(MongoTemplate mongo, ChangeWrites changes, RestoreProperties restore) {
		this.mongo = mongo;
		this.changes = changes;
		this.restore = restore;
	}

	@Override
	public void afterPropertiesSet() {
		if (this.restore.restoring()) {
			restore(this.restore.archive());
		}
	}

	void restore(Path archive) {
		if (!Files.isRegularFile(archive)) {
			throw new IllegalStateException("diplograph.restore-from: " + archive.toAbsolutePath() + " is not a file.");
		}
		List<String> holding = this.mongo.getCollectionNames()
			.stream()
			.filter((name) -> !name.startsWith("system.")
					&& this.mongo.getCollection(name).estimatedDocumentCount() > 0)
			.sorted()
			.toList();
		if (!holding.isEmpty()) {
			throw new IllegalStateException("diplograph.restore-from: the database is not empty (" + holding
					+ " hold documents); restore into an empty database, such as a new data directory.");
		}
		List<Document> tail = new ArrayList<>();
		Document manifest = null;
		try (InputStream in = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				BufferedReader lines = new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8));
				String name = entry.getName();
				if (name.startsWith(Backups.COLLECTIONS) && name.endsWith(".jsonl")) {
					load(name.substring(Backups.COLLECTIONS.length(), name.length() - ".jsonl".length()), lines);
				}
				else if (name.equals(Backups.TAIL)) {
					for (String line = lines.readLine(); line != null; line = lines.readLine()) {
						tail.add(Document.parse(line));
					}
				}
				else if (name.equals(Backups.MANIFEST)) {
					manifest = Document.parse(lines.lines().reduce("", String::concat));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("diplograph.restore-from: " + archive + " cannot be read", ex);
		}
		if (manifest == null || !Backups.FORMAT.equals(manifest.getString("format"))) {
			throw new IllegalStateException("diplograph.restore-from: " + archive + " is not a Diplograph backup.");
		}
		long through = ((Number) manifest.get("through")).longValue();
		this.changes.restoreTail(tail, through);
		logger.info("Restored the backup {} taken at {}: changes up to {}", archive, manifest.getString("takenAt"),
				through);
	}

	private void load(String collection, BufferedReader lines) throws IOException {
		List<Document> batch = new ArrayList<>();
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			batch.add(Document.parse(line));
			if (batch.size() == BATCH) {
				this.mongo.getCollection(collection).insertMany(batch);
				batch.clear();
			}
		}
		if (!batch.isEmpty()) {
			this.mongo.getCollection(collection).insertMany(batch);
		}
	}

}
