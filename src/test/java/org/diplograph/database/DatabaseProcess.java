package org.diplograph.database;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;

import org.diplograph.bench.LatencyProxy;

/**
 * The embedded database as a process of its own, behind a {@link LatencyProxy}, for the
 * benchmarks: the application connects to the proxy with {@code spring.mongodb.uri} as it
 * would to a MongoDB server a network hop away. Prints {@code DATABASE port=<proxy port>}
 * once it listens, and on SIGTERM closes the database (its file stays consistent) and
 * prints what the proxy forwarded. <pre>
 * java -cp ... org.diplograph.database.DatabaseProcess --data-dir DIR --latency-ms 0.5
 * </pre>
 */
public final class DatabaseProcess {

	private DatabaseProcess() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Path.of("data");
		double latencyMs = 0;
		int cacheSizeMb = 128;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--data-dir" -> dataDir = Path.of(args[++i]);
				case "--latency-ms" -> latencyMs = Double.parseDouble(args[++i]);
				case "--cache-size-mb" -> cacheSizeMb = Integer.parseInt(args[++i]);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		Files.createDirectories(dataDir);
		MongoServer server = new MongoServer(
				EmbeddedBackend.open(dataDir.resolve("diplograph.mv").toString(), cacheSizeMb));
		server.bind("127.0.0.1", 0);
		InetSocketAddress address = server.getLocalAddress();
		LatencyProxy proxy = new LatencyProxy(address, latencyMs);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("DATABASE stopped " + proxy.stats());
			server.shutdownNow();
			stopped.countDown();
		}));
		System.out.println("DATABASE port=" + proxy.port() + " latencyMs=" + latencyMs);
		stopped.await();
	}

}
