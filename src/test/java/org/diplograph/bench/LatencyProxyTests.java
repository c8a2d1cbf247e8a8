package org.diplograph.bench;

import java.net.InetSocketAddress;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proxy passes every command and its answer through unchanged, each command held for
 * the delay it is given.
 */
class LatencyProxyTests {

	@Test
	void commandsGoThroughUnchangedEachHeldForTheDelay() throws Exception {
		MongoServer server = new MongoServer(H2Backend.inMemory());
		server.bind("127.0.0.1", 0);
		InetSocketAddress address = server.getLocalAddress();
		try (LatencyProxy proxy = new LatencyProxy(address, 20);
				MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + proxy.port())) {
			MongoCollection<Document> visits = client.getDatabase("test").getCollection("visits");
			visits.insertMany(List.of(new Document("_id", "visit:a").append("place", "Karachi"),
					new Document("_id", "visit:b").append("place", "Ankara")));
			long started = System.nanoTime();
			Document found = visits.find(Filters.eq("place", "Ankara")).first();
			long tookMs = (System.nanoTime() - started) / 1_000_000;
			assertThat(found.getString("_id")).isEqualTo("visit:b");
			assertThat(tookMs).as("one round trip through a 20 ms proxy").isGreaterThanOrEqualTo(20);
			assertThat(proxy.stats()).containsPattern("meanDelayMs=(19\\.9|[2-9]\\d\\.)");
		}
		finally {
			server.shutdownNow();
		}
	}

}
