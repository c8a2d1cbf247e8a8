package org.diplograph.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.change.ChangeLog;
import org.diplograph.change.ChangeProperties;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Takes a backup while writes go on: notes how far the change log is committed, copies
 * every collection, waits for the changes begun meanwhile to finish, and adds them as the
 * log's tail. Re-applied over the copy in order, the tail brings every document to its
 * state at the backup's end, whatever moment each was copied at.
 */
@Component
class Backups {

	static final String FORMAT = "diplograph-backup/1";

	static final String MANIFEST = "manifest.json";

	static final String COLLECTIONS = "collections/";

	static final String TAIL = "log-tail.jsonl";

	static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

	private static final Logger logger = LoggerFactory.getLogger(Backups.class);

	private final MongoTemplate mongo;

	private final ChangeLog log;

	private final ChangeProperties properties;

	Backups(MongoTemplate mongo, ChangeLog log, ChangeProperties properties) {
		this.mongo = mongo;
		this.log = log;
		this.properties = properties;
	}

	/** Writes the archive to the stream: a zip of JSON lines and a manifest. */
	void write(OutputStream out) throws IOException {
		Instant started = Instant.now();
		long from = this.log.committedThrough();
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String collection : new TreeSet<>(this.mongo.getCollectionNames())) {
			if (collection.startsWith("system.")) {
				continue;
			}
			zip.putNextEntry(new ZipEntry(COLLECTIONS + collection + ".jsonl"));
			long count = 0;
			for (Document document : this.mongo.getCollection(collection).find()) {
				text.write(document.toJson(JSON));
				text.write('\n');
				count++;
			}
			text.flush();
			zip.closeEntry();
			counts.put(collection, count);
		}
		long taken = this.log.lastTaken();
		long through = this.log.awaitCommitted(taken, this.properties.repairAfter().plus(Duration.ofSeconds(5)));
		List<Document> tail = this.log.recorded(from, through);
		zip.putNextEntry(new ZipEntry(TAIL));
		for (Document change : tail) {
			text.write(change.toJson(JSON));
			text.write('\n');
		}
		text.flush();
		zip.closeEntry();
		zip.putNextEntry(new ZipEntry(MANIFEST));
		Document manifest = new Document("format", FORMAT).append("takenAt", started.toString())
			.append("finishedAt", Instant.now().toString())
			.append("from", from)
			.append("through", through)
			.append("tail", tail.size())
			.append("collections", new Document(new LinkedHashMap<>(counts)));
		text.write(manifest.toJson(JSON));
		text.flush();
		zip.closeEntry();
		zip.finish();
		logger.info("Backup taken: {} collections, changes up to {} ({} re-applied on restore)", counts.size(), through,
				tail.size());
	}

}
