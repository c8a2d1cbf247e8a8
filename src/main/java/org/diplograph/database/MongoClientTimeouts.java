package org.diplograph.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Short client timeouts, so that with the database away a request fails fast with an
 * UNAVAILABLE error instead of hanging; the driver reconnects by itself when it returns.
 */
@Component
class MongoClientTimeouts implements MongoClientSettingsBuilderCustomizer {

	private final Duration serverSelection;

	private final Duration connect;

	MongoClientTimeouts(MongoClientProperties properties) {
		this.serverSelection = properties.serverSelectionTimeout();
		this.connect = properties.connectTimeout();
	}

	@Override
	public void customize(MongoClientSettings.Builder settings) {
		settings
			.applyToClusterSettings(
					(cluster) -> cluster.serverSelectionTimeout(this.serverSelection.toMillis(), TimeUnit.MILLISECONDS))
			.applyToSocketSettings(
					(socket) -> socket.connectTimeout((int) this.connect.toMillis(), TimeUnit.MILLISECONDS));
	}

}
