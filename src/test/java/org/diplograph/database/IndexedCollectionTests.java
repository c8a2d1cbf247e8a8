package org.diplograph.database;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server's in-memory secondary indexes answer every query, page and count
 * exactly as the plain server's scans do, before and after inserts, updates and deletes.
 */
class IndexedCollectionTests {

	private final List<MongoServer> servers = new ArrayList<>();

	private final List<MongoClient> clients = new ArrayList<>();

	@AfterEach
	void stop() {
		this.clients.forEach(MongoClient::close);
		this.servers.forEach(MongoServer::shutdownNow);
	}

	@Test
	void pagesAndCountsMatchThoseOfAScanThroughWrites() {
		MongoCollection<Document> indexed = collection(EmbeddedBackend.inMemory(16));
		MongoCollection<Document> scanned = collection(H2Backend.inMemory());
		Random random = new Random(7);
		for (MongoCollection<Document> collection : List.of(indexed, scanned)) {
			collection.createIndex(Indexes.ascending("tags"));
			collection.createIndex(Indexes.ascending("kind"));
			collection.createIndex(Indexes.descending("sortKey", "_id"));
		}
		insert(List.of(indexed, scanned), 0, 300, random);
		assertSameAnswers(indexed, scanned);
		for (int i = 0; i < 300; i += 7) {
			Bson update = Updates.combine(Updates.set("sortKey", "20" + (10 + i % 13)),
					Updates.set("tags", List.of("t" + (i % 5))));
			indexed.updateOne(Filters.eq("_id", id(i)), update);
			scanned.updateOne(Filters.eq("_id", id(i)), update);
		}
		for (int i = 1; i < 300; i += 11) {
			indexed.deleteOne(Filters.eq("_id", id(i)));
			scanned.deleteOne(Filters.eq("_id", id(i)));
		}
		insert(List.of(indexed, scanned), 300, 360, random);
		assertSameAnswers(indexed, scanned);
	}

	private void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> scanned) {
		Bson newest = Sorts.descending("sortKey", "_id");
		Bson oldest = Sorts.ascending("sortKey", "_id");
		List<Bson> filters = List.of(new Document(), Filters.eq("tags", "t3"), Filters.in("tags", "t1", "t2"),
				Filters.and(Filters.eq("kind", "b"), Filters.lte("sortKey", "2016")),
				Filters.and(Filters.eq("kind", "c"), Filters.eq("tags", "t0")), Filters.eq("tags", "none"),
				Filters.and(Filters.eq("tags", "t2"), Filters.gte("sortKey", "2012"), Filters.lte("sortKey", "2016")),
				Filters.and(Filters.gt("sortKey", "2013"), Filters.lt("sortKey", "2019")),
				Filters.eq("sortKey", "2014"), Filters.or(Filters.lt("sortKey", "2015"),
						Filters.and(Filters.eq("sortKey", "2015"), Filters.lt("_id", id(150)))));
		int checked = 0;
		for (Bson filter : filters) {
			assertThat(indexed.countDocuments(filter)).as("count %s", filter).isEqualTo(scanned.countDocuments(filter));
			for (Bson sort : List.of(newest, oldest)) {
				for (int skip : List.of(0, 5)) {
					Function<MongoCollection<Document>, List<Object>> page = (collection) -> collection.find(filter)
						.sort(sort)
						.skip(skip)
						.limit(21)
						.map((document) -> document.get("_id"))
						.into(new ArrayList<>());
					assertThat(page.apply(indexed)).as("%s %s skip %d", filter, sort, skip)
						.isEqualTo(page.apply(scanned));
					checked += page.apply(scanned).size();
				}
			}
		}
		assertThat(checked).as("documents compared").isGreaterThan(300);
	}

	private static void insert(List<MongoCollection<Document>> collections, int from, int to, Random random) {
		for (int i = from; i < to; i++) {
			List<String> tags = new ArrayList<>();
			for (int t = 0; t < 5; t++) {
				if (random.nextInt(3) == 0) {
					tags.add("t" + t);
				}
			}
			Document document = new Document("_id", id(i)).append("sortKey", "20" + (10 + random.nextInt(12)))
				.append("kind", List.of("a", "b", "c").get(random.nextInt(3)))
				.append("tags", tags);
			collections.forEach((collection) -> collection.insertOne(new Document(document)));
		}
	}

	private static String id(int i) {
		return String.format("doc:%04d", i);
	}

	private MongoCollection<Document> collection(MongoBackend backend) {
		MongoServer server = new MongoServer(backend);
		this.servers.add(server);
		server.bind("127.0.0.1", 0);
		InetSocketAddress address = server.getLocalAddress();
		MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.clients.add(client);
		return client.getDatabase("test").getCollection("items");
	}

}
