package org.diplograph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import org.diplograph.common.DataDirectoryProperties;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * With no MongoDB configured ({@code spring.mongodb.uri} or {@code spring.mongodb.host}),
 * starts an embedded MongoDB-compatible server in-process, persisting to disk, and points
 * the MongoDB client at it. The server listens before the client is created.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@ConditionalOnBooleanProperty(name = "diplograph.embedded.enabled", matchIfMissing = true)
@ConditionalOnMissingBean(MongoConnectionDetails.class)
@Conditional(EmbeddedMongoAutoConfiguration.NoMongoConfigured.class)
@EnableConfigurationProperties({ EmbeddedMongoProperties.class, DataDirectoryProperties.class })
public class EmbeddedMongoAutoConfiguration {

	@Bean(destroyMethod = "shutdown")
	MongoServer embeddedMongoServer(EmbeddedMongoProperties properties, DataDirectoryProperties data) {
		H2Backend backend;
		if (data.inMemory()) {
			backend = EmbeddedBackend.inMemory(properties.cacheSizeMb());
		}
		else {
			try {
				Files.createDirectories(data.path());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create the embedded database directory " + data.path(), ex);
			}
			backend = EmbeddedBackend.open(data.path().resolve("diplograph.mv").toString(), properties.cacheSizeMb());
		}
		MongoServer server = new MongoServer(backend);
		server.bind(properties.host(), properties.port());
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer,
			EmbeddedMongoProperties properties) {
		InetSocketAddress address = embeddedMongoServer.getLocalAddress();
		ConnectionString connection = new ConnectionString(
				"mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + properties.database());
		return () -> connection;
	}

	static class NoMongoConfigured extends NoneNestedConditions {

		NoMongoConfigured() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty("spring.mongodb.uri")
		static class UriConfigured {

		}

		@ConditionalOnProperty("spring.mongodb.host")
		static class HostConfigured {

		}

	}

}
