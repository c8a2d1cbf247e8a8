package org.diplograph.database;

import java.net.InetSocketAddress;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A fresh embedded MongoDB in memory for each test of a class that registers it
 * ({@code @RegisterExtension}), for tests that need a database but no application.
 */
public final class InMemoryMongo implements BeforeEachCallback, AfterEachCallback {

	private MongoServer server;

	private MongoClient client;

	private MongoTemplate template;

	@Override
	public void beforeEach(ExtensionContext context) {
		this.server = new MongoServer(H2Backend.inMemory());
		this.server.bind("127.0.0.1", 0);
		InetSocketAddress address = this.server.getLocalAddress();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.template = new MongoTemplate(this.client, "test");
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.client.close();
		this.server.shutdownNow();
	}

	public MongoTemplate template() {
		return this.template;
	}

	public MongoClient client() {
		return this.client;
	}

}
