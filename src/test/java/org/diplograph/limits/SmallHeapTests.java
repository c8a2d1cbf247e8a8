package org.diplograph.limits;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One, two and four copies at once of the shapes of issue 9 against the application in
 * its own JVM with a 512 MB heap and {@code -XX:+ExitOnOutOfMemoryError}, as it is run in
 * production, with the cost check out of the way so that only the limits that act while a
 * request runs stand between the shapes and the heap: every copy ends with one error
 * within the request timeout and a second, the heap stays far from full, and the server
 * answers right after (it would have exited had it run out of memory). Prints the
 * figures.
 */
class SmallHeapTests {

	private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

	private static final long TIMEOUT_MILLIS = 10_000;

	/** Far from the 512 MB the forked server has, garbage not yet collected included. */
	private static final long MAX_HEAP_PEAK_MB = 400;

	private static Process server;

	private static int port;

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startServer(@TempDir Path dir) throws Exception {
		Path log = dir.resolve("server.log");
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
						"org.diplograph.Application", "--server.port=0", "--server.address=127.0.0.1",
						"--diplograph.embedded.in-memory=true", "--diplograph.limits.max-complexity=1000000000",
						"--management.endpoints.web.exposure.include=health,metrics", "--spring.main.banner-mode=off"));
		server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
		while (port == 0 && System.nanoTime() < deadline && server.isAlive()) {
			Thread.sleep(250);
			Matcher started = STARTED.matcher(Files.readString(log));
			if (started.find()) {
				port = Integer.parseInt(started.group(1));
			}
		}
		assertThat(port).as("the forked server's port (log: %s)", tail(log)).isPositive();
	}

	@AfterAll
	static void stopServer() throws InterruptedException {
		if (server != null) {
			server.destroy();
			if (!server.waitFor(20, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	@Test
	void concurrentCopiesLeaveTheServerAnswering() throws Exception {
		List<AbuseShapes.Shape> shapes = List.of(AbuseShapes.networkOfMentionsWithBodies(4, 2),
				AbuseShapes.networkOfNetworks("actor:country-bd"), AbuseShapes.nodesOfNetworks(100));
		// one copy of each first: a cold server, just started, is the slowest
		for (int copies : new int[] { 1, 2, 4 }) {
			for (AbuseShapes.Shape shape : shapes) {
				collectGarbage();
				long before = heapUsedMb();
				HeapSampler sampler = new HeapSampler();
				List<AbuseRequests.Answer> answers = sendCopies(shape, copies);
				long peak = sampler.stop();
				long slowest = answers.stream().mapToLong(AbuseRequests.Answer::millis).max().orElse(0);
				System.out.printf(Locale.ROOT,
						"small heap: %d copies, slowest %5d ms, heap %3d MB before, peak %3d MB: %s  %s%n", copies,
						slowest, before, peak, answers.get(0).firstMessage(), AbuseTests.abbreviate(shape));
				assertThat(server.isAlive()).as("the forked server after %d copies", copies).isTrue();
				assertThat(answers).allSatisfy((answer) -> {
					assertThat(answer.errorCount()).isEqualTo(1);
					assertThat(answer.firstMessage()).contains("diplograph.limits.");
					// a generous margin for a shared, loaded machine: it catches a hang
					assertThat(answer.millis()).isLessThan(TIMEOUT_MILLIS + 5_000);
				});
				assertThat(peak).as("heap peak under %d copies, of 512 MB", copies).isLessThan(MAX_HEAP_PEAK_MB);
				assertThat(new AbuseRequests(port).answersTrivialQuery()).isTrue();
			}
		}
	}

	private static List<AbuseRequests.Answer> sendCopies(AbuseShapes.Shape shape, int copies) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(copies);
		try {
			List<CompletableFuture<AbuseRequests.Answer>> sent = new ArrayList<>();
			for (int i = 0; i < copies; i++) {
				sent.add(CompletableFuture.supplyAsync(() -> {
					try {
						return new AbuseRequests(port).send(shape);
					}
					catch (IOException | InterruptedException ex) {
						throw new IllegalStateException(ex);
					}
				}, pool));
			}
			List<AbuseRequests.Answer> answers = new ArrayList<>();
			for (CompletableFuture<AbuseRequests.Answer> answer : sent) {
				answers.add(answer.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Samples the forked server's heap every 100 ms while requests run. */
	private static final class HeapSampler {

		private final AtomicLong peak = new AtomicLong();

		private volatile boolean running = true;

		private final Thread thread;

		HeapSampler() {
			this.thread = new Thread(() -> {
				while (this.running) {
					try {
						this.peak.accumulateAndGet(heapUsedMb(), Math::max);
						Thread.sleep(100);
					}
					catch (Exception ex) {
						return;
					}
				}
			});
			this.thread.setDaemon(true);
			this.thread.start();
		}

		long stop() throws InterruptedException {
			this.running = false;
			this.thread.join();
			return this.peak.get();
		}

	}

	private static long heapUsedMb() throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
			.timeout(Duration.ofSeconds(5))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode metric = JsonMapper.shared().readTree(response.body());
		return (long) (metric.path("measurements").path(0).path("value").asDouble() / (1 << 20));
	}

	private static void collectGarbage() throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
				String.valueOf(server.pid()), "GC.run")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		jcmd.waitFor(20, TimeUnit.SECONDS);
	}

	private static String tail(Path log) throws IOException {
		if (!Files.exists(log)) {
			return "(none)";
		}
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
	}

}
