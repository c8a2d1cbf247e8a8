package org.diplograph.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the MongoDB client waits for the database before a request fails with an
 * UNAVAILABLE error.
 *
 * @param serverSelectionTimeout how long an operation waits for a server to send it to
 * @param connectTimeout how long opening a connection may take
 */
@ConfigurationProperties("diplograph.mongodb")
public record MongoClientProperties(@DefaultValue("2s") Duration serverSelectionTimeout,
		@DefaultValue("2s") Duration connectTimeout) {

}
