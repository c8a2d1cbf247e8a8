package org.diplograph.database;

import org.diplograph.common.DataDirectoryProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded MongoDB-compatible server used when no MongoDB is configured; where it
 * keeps its data is a {@link DataDirectoryProperties}.
 *
 * @param host the address it listens on, loopback by default
 * @param port its port; 0 picks a free one
 * @param database the database name the application uses
 * @param cacheSizeMb the megabytes of decoded pages its storage keeps in memory
 */
@ConfigurationProperties("diplograph.embedded")
public record EmbeddedMongoProperties(String host, int port, String database, Integer cacheSizeMb) {

	public EmbeddedMongoProperties {
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

}
