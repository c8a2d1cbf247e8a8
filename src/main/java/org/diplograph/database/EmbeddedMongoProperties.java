package org.diplograph.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded MongoDB-compatible server used when no MongoDB is configured.
 *
 * @param dataDir where it persists its data
 * @param inMemory keep the data in memory only
 * @param host the address it listens on, loopback by default
 * @param port its port; 0 picks a free one
 * @param database the database name the application uses
 * @param cacheSizeMb the megabytes of decoded pages its storage keeps in memory
 */
@ConfigurationProperties("diplograph.embedded")
public record EmbeddedMongoProperties(String dataDir, boolean inMemory, String host, int port, String database,
		Integer cacheSizeMb) {

	public EmbeddedMongoProperties {
		if (dataDir == null || dataDir.isBlank()) {
			dataDir = "data";
		}
		if (host == null) {
			host = "127.0.0.1";
		}
		if (database == null) {
			database = "diplograph";
		}
		if (cacheSizeMb == null) {
			cacheSizeMb = 128;
		}
	}

	Path dataPath() {
		return Path.of(this.dataDir);
	}

}
