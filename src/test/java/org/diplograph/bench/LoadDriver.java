package org.diplograph.bench;

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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * Drives one GraphQL query shape against a running server over HTTP, with the JDK's
 * HttpClient and a fixed pool of worker threads.
 * <p>
 * Load mode sends the query from {@code --concurrency} threads, first for
 * {@code --warmup} seconds or {@code --warmup-requests} requests unmeasured (whichever
 * ends first), then for {@code --duration} seconds or {@code --max-requests} requests,
 * whichever ends first, and prints one {@code RESULT} line: requests, errors, requests
 * per second, p50, p99 and max latency (from the sorted latencies of every request), mean
 * response size.
 * <p>
 * Round-trip mode ({@code --round-trips N}) sends N requests one after another and reads
 * the server's {@code mongodb.driver.commands} count before and after, printing the
 * MongoDB commands per request and the mean latency of a lone request in a
 * {@code ROUNDTRIPS} line.
 * <p>
 * Variables come from {@code --variables JSON}, or line by line from {@code --vars FILE}
 * (JSON objects, one a line, used in turn). A response is an error when its status is not
 * 200 or it carries GraphQL errors.
 */
public final class LoadDriver {

	private static final Pattern COUNT = Pattern
		.compile("\"statistic\"\\s*:\\s*\"COUNT\"\\s*,\\s*\"value\"\\s*:\\s*([0-9.E+]+)");

	private final HttpClient client;

	private final URI url;

	private final String query;

	private final List<String> variables;

	private final AtomicLong turn = new AtomicLong();

	private final AtomicReference<String> firstError = new AtomicReference<>();

	/** Size of the last answer each worker received. */
	private final ThreadLocal<Long> lastBytes = ThreadLocal.withInitial(() -> 0L);

	private LoadDriver(URI url, String query, List<String> variables) {
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		this.url = url;
		this.query = query;
		this.variables = variables;
	}

	public static void main(String[] args) throws Exception {
		String url = "http://127.0.0.1:8080/graphql";
		String label = "shape";
		Path queryFile = null;
		Path varsFile = null;
		String inlineVariables = null;
		int concurrency = 16;
		double warmup = 5;
		double duration = 20;
		long maxRequests = Long.MAX_VALUE;
		long warmupRequests = Long.MAX_VALUE;
		int roundTrips = 0;
		String metricsUrl = null;
		for (int i = 0; i < args.length; i++) {
			String value = (i + 1 < args.length) ? args[i + 1] : null;
			switch (args[i]) {
				case "--url" -> url = value;
				case "--label" -> label = value;
				case "--query" -> queryFile = Path.of(value);
				case "--vars" -> varsFile = Path.of(value);
				case "--variables" -> inlineVariables = value;
				case "--concurrency" -> concurrency = Integer.parseInt(value);
				case "--warmup" -> warmup = Double.parseDouble(value);
				case "--duration" -> duration = Double.parseDouble(value);
				case "--max-requests" -> maxRequests = Long.parseLong(value);
				case "--warmup-requests" -> warmupRequests = Long.parseLong(value);
				case "--round-trips" -> roundTrips = Integer.parseInt(value);
				case "--metrics" -> metricsUrl = value;
				default -> throw new IllegalArgumentException("unknown argument " + args[i]);
			}
			i++;
		}
		if (queryFile == null) {
			throw new IllegalArgumentException("--query FILE is required");
		}
		List<String> variables = new ArrayList<>();
		if (varsFile != null) {
			Files.readAllLines(varsFile, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter((line) -> !line.isEmpty())
				.forEach(variables::add);
		}
		if (inlineVariables != null) {
			variables.add(inlineVariables);
		}
		if (variables.isEmpty()) {
			variables.add("{}");
		}
		LoadDriver driver = new LoadDriver(URI.create(url), Files.readString(queryFile, StandardCharsets.UTF_8),
				variables);
		if (roundTrips > 0) {
			if (metricsUrl == null) {
				throw new IllegalArgumentException("--round-trips needs --metrics URL");
			}
			driver.roundTrips(label, roundTrips, URI.create(metricsUrl));
		}
		else {
			driver.load(label, concurrency, warmup, warmupRequests, duration, maxRequests);
		}
	}

	private void load(String label, int concurrency, double warmupSeconds, long warmupRequests, double durationSeconds,
			long maxRequests) throws InterruptedException {
		ExecutorService workers = Executors.newFixedThreadPool(concurrency);
		try {
			if (warmupSeconds > 0) {
				run(workers, concurrency, warmupSeconds, warmupRequests);
			}
			this.firstError.set(null);
			long started = System.nanoTime();
			List<Recorder> recorders = run(workers, concurrency, durationSeconds, maxRequests);
			double seconds = (System.nanoTime() - started) / 1e9;
			long[] latencies = recorders.stream().flatMapToLong(Recorder::latencies).sorted().toArray();
			long errors = recorders.stream().mapToLong((recorder) -> recorder.errors).sum();
			long bytes = recorders.stream().mapToLong((recorder) -> recorder.bytes).sum();
			int requests = latencies.length;
			System.out.printf(Locale.ROOT,
					"RESULT shape=%s concurrency=%d requests=%d errors=%d seconds=%.1f rps=%.1f p50=%.1f p99=%.1f max=%.1f bytes=%d%n",
					label, concurrency, requests, errors, seconds, requests / seconds,
					millis(percentile(latencies, 50)), millis(percentile(latencies, 99)),
					millis((requests > 0) ? latencies[requests - 1] : 0), (requests > 0) ? bytes / requests : 0);
			reportFirstError();
		}
		finally {
			workers.shutdownNow();
			workers.awaitTermination(10, TimeUnit.SECONDS);
		}
	}

	/**
	 * Sends requests from every worker until the time is up or the requests are sent;
	 * requests in flight at the deadline complete and count.
	 */
	private List<Recorder> run(ExecutorService workers, int concurrency, double seconds, long maxRequests)
			throws InterruptedException {
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		AtomicLong issued = new AtomicLong();
		List<Recorder> recorders = new ArrayList<>();
		List<Future<?>> running = new ArrayList<>();
		for (int i = 0; i < concurrency; i++) {
			Recorder recorder = new Recorder();
			recorders.add(recorder);
			running.add(workers.submit(() -> {
				while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
					long start = System.nanoTime();
					boolean ok = send();
					recorder.record(System.nanoTime() - start, ok, this.lastBytes.get());
				}
			}));
		}
		for (Future<?> future : running) {
			try {
				future.get();
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
		}
		return recorders;
	}

	/** Sends one request; whether it was answered without errors. */
	private boolean send() {
		String variables = this.variables.get((int) (this.turn.getAndIncrement() % this.variables.size()));
		String body = "{\"query\":" + json(this.query) + ",\"variables\":" + variables + "}";
		HttpRequest request = HttpRequest.newBuilder(this.url)
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<byte[]> response = this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			byte[] answer = response.body();
			this.lastBytes.set((long) answer.length);
			// graphql-java writes "errors" before "data" when there are any
			boolean ok = response.statusCode() == 200 && !startsWithErrors(answer);
			if (!ok) {
				this.firstError.compareAndSet(null, response.statusCode() + " "
						+ new String(answer, 0, Math.min(answer.length, 300), StandardCharsets.UTF_8));
			}
			return ok;
		}
		catch (IOException ex) {
			this.lastBytes.set(0L);
			this.firstError.compareAndSet(null, ex.toString());
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.lastBytes.set(0L);
			return false;
		}
	}

	private void roundTrips(String label, int requests, URI metrics) throws IOException, InterruptedException {
		double before = commandCount(metrics);
		int errors = 0;
		long started = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			errors += send() ? 0 : 1;
		}
		double meanMillis = (System.nanoTime() - started) / 1e6 / requests;
		double after = commandCount(metrics);
		System.out.printf(Locale.ROOT,
				"ROUNDTRIPS shape=%s requests=%d errors=%d commands=%.0f perRequest=%.2f meanMs=%.1f%n", label,
				requests, errors, after - before, (after - before) / requests, meanMillis);
		reportFirstError();
	}

	private double commandCount(URI metrics) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(HttpRequest.newBuilder(metrics).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() == 404) {
			// no command was sent yet since startup
			return 0;
		}
		Matcher count = COUNT.matcher(response.body());
		if (response.statusCode() != 200 || !count.find()) {
			throw new IllegalStateException("cannot read " + metrics + ": " + response.statusCode() + " "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return Double.parseDouble(count.group(1));
	}

	private void reportFirstError() {
		String error = this.firstError.get();
		if (error != null) {
			System.err.println("first error: " + error);
		}
	}

	private static boolean startsWithErrors(byte[] answer) {
		byte[] prefix = "{\"errors\"".getBytes(StandardCharsets.US_ASCII);
		return answer.length >= prefix.length && Arrays.equals(answer, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** The value at the given percentile (nearest rank) of sorted latencies. */
	static long percentile(long[] sorted, double percentile) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percentile / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16).append('"');
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			switch (ch) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (ch < 0x20) {
						out.append(String.format("\\u%04x", (int) ch));
					}
					else {
						out.append(ch);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** One worker's latencies, errors and bytes received. */
	private static final class Recorder {

		private long[] latencies = new long[1024];

		private int count;

		private long errors;

		private long bytes;

		void record(long nanos, boolean ok, long received) {
			if (this.count == this.latencies.length) {
				this.latencies = Arrays.copyOf(this.latencies, this.count * 2);
			}
			this.latencies[this.count++] = nanos;
			this.errors += ok ? 0 : 1;
			this.bytes += received;
		}

		LongStream latencies() {
			return Arrays.stream(this.latencies, 0, this.count);
		}

	}

}
