package org.diplograph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports generated articles into a running server over HTTP and measures it: articles
 * per second at a fixed concurrency with each import's latency, then, for accepted visit
 * candidates one after another, the time from sending {@code acceptCandidate} until
 * {@code search} finds the new visit, on the server that accepted it and, given
 * {@code --second-url}, on a second instance sharing its database, which learns of the
 * change from the change feed.
 * <p>
 * The articles are written from the server's own actors (people with their countries, so
 * their mentions are found) and a few names nobody knows, in sentences of our own: an
 * arrival with a date, filler paragraphs, an order of systems. Only the JDK is used.
 * <p>
 * Usage:
 * {@code ImportBenchmark --url URL --token TOKEN [--second-url URL] [--articles 1000]
 * [--concurrency 4] [--accepts 100] [--seed 7]}
 */
public final class ImportBenchmark {

	private static final Pattern VISIT = Pattern
		.compile("\"__typename\":\"VisitCandidate\",\"id\":\"(candidate:[^\"]+)\"");

	private static final Pattern PERSON = Pattern
		.compile("\"name\":\"([^\"]+)\",\"country\":\\{\"code\":\"([A-Z]{2})\"\\}");

	private static final String[] WEEKDAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };

	private static final String[] TOPICS = { "joint naval exercises", "the supply of spare parts", "officer training",
			"coastal surveillance", "a defence industry partnership", "border security" };

	private static final String[] SYSTEMS = { "Sarvan patrol boats", "Kestrel trainer jets", "Orda radars",
			"Tarim howitzers", "Velik armoured carriers", "Noyan drones" };

	private static final String[] FILLER = { "Officials on both sides described the meeting as constructive.",
			"Several agreements are expected to follow before the end of the year.",
			"The two governments have expanded their military contacts over the past decade.",
			"Analysts said the talks reflected shifting priorities in the region.",
			"A joint statement is due to be released after the delegation returns home.",
			"Budget pressures have slowed several procurement programmes.",
			"Training exchanges between the two armed forces resumed last spring." };

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI url;

	private final URI secondUrl;

	private final String token;

	private ImportBenchmark(URI url, URI secondUrl, String token) {
		this.url = url;
		this.secondUrl = secondUrl;
		this.token = token;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String second = options.get("second-url");
		ImportBenchmark bench = new ImportBenchmark(URI.create(options.get("url")),
				(second != null) ? URI.create(second) : null, options.get("token"));
		int articles = Integer.parseInt(options.getOrDefault("articles", "1000"));
		int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "4"));
		int accepts = Integer.parseInt(options.getOrDefault("accepts", "100"));
		List<String> texts = bench.texts(articles, new Random(Long.parseLong(options.getOrDefault("seed", "7"))));
		List<String> visits = bench.importAll(texts, concurrency);
		bench.acceptAndSearch(visits.subList(0, Math.min(accepts, visits.size())));
	}

	/** Articles from the server's people and countries, each text different. */
	private List<String> texts(int count, Random random) throws Exception {
		String people = post(
				"{ actors(filter: {kind: PERSON}, first: 100) { edges { node { name country { code } } } } }", Map.of(),
				false);
		List<String[]> known = new ArrayList<>();
		Matcher matcher = PERSON.matcher(people);
		while (matcher.find()) {
			known.add(new String[] { matcher.group(1), matcher.group(2) });
		}
		if (known.isEmpty()) {
			throw new IllegalStateException("the server knows no people with a country: " + people);
		}
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String[] visitor = known.get(random.nextInt(known.size()));
			String[] host = CorpusGenerator.COUNTRIES[random.nextInt(12)];
			if (host[1].equals(visitor[1])) {
				host = CorpusGenerator.COUNTRIES[12 + random.nextInt(12)];
			}
			String who = (i % 10 == 0)
					? "Colonel " + newName(i) + ", a senior defence official from " + country(visitor[1]) : visitor[0];
			StringBuilder text = new StringBuilder();
			text.append(who.replaceFirst(",.*", "")).append(" holds talks in ").append(host[2]).append("\n\n");
			text.append(who)
				.append((i % 10 == 0) ? "," : "")
				.append(" arrived in ")
				.append(host[2])
				.append(" on ")
				.append(WEEKDAYS[random.nextInt(WEEKDAYS.length)])
				.append(" for a ")
				.append(2 + random.nextInt(3))
				.append("-day visit to discuss ")
				.append(TOPICS[random.nextInt(TOPICS.length)])
				.append(".\n\n");
			for (int paragraph = 0; paragraph < 3; paragraph++) {
				for (int sentence = 0; sentence < 4; sentence++) {
					text.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
				}
				text.setLength(text.length() - 1);
				text.append("\n\n");
			}
			text.append(host[0])
				.append(" ordered ")
				.append(4 + random.nextInt(20))
				.append(' ')
				.append(SYSTEMS[random.nextInt(SYSTEMS.length)])
				.append(" from ")
				.append(country(visitor[1]))
				.append(", the ministry said in bulletin ")
				.append(i + 1)
				.append(".\n");
			texts.add(text.toString());
		}
		return texts;
	}

	/**
	 * Imports every text from {@code concurrency} threads; the visit candidates found.
	 */
	private List<String> importAll(List<String> texts, int concurrency) throws Exception {
		ConcurrentLinkedQueue<String> visits = new ConcurrentLinkedQueue<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger next = new AtomicInteger();
		AtomicInteger created = new AtomicInteger();
		AtomicInteger candidates = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		long started = System.nanoTime();
		List<Future<?>> workers = new ArrayList<>();
		for (int t = 0; t < concurrency; t++) {
			workers.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
					long sent = System.nanoTime();
					String answer = post(
							"mutation($text: String!) { importArticle(input: {text: $text,"
									+ " publishedOn: \"2026-03-04\"}) { created candidates { __typename id } } }",
							Map.of("text", texts.get(i)), true);
					latencies.add(System.nanoTime() - sent);
					if (answer.contains("\"errors\"") && errors.getAndIncrement() == 0) {
						System.out.println("first import error: " + answer);
					}
					if (answer.contains("\"created\":true")) {
						created.incrementAndGet();
					}
					candidates.addAndGet(answer.split("\"__typename\"", -1).length - 1);
					Matcher visit = VISIT.matcher(answer);
					if (visit.find()) {
						visits.add(visit.group(1));
					}
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get();
		}
		pool.shutdown();
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(Locale.ROOT,
				"IMPORT articles=%d errors=%d created=%d seconds=%.1f articles/s=%.2f concurrency=%d p50=%.0fms p99=%.0fms"
						+ " candidates=%d visit-candidates=%d%n",
				texts.size(), errors.get(), created.get(), seconds, texts.size() / seconds, concurrency,
				percentile(latencies, 50), percentile(latencies, 99), candidates.get(), visits.size());
		return new ArrayList<>(visits);
	}

	/**
	 * Accepts each visit candidate with a summary holding a word found nowhere else, then
	 * searches for that word until the new visit is found.
	 */
	private void acceptAndSearch(List<String> candidates) throws Exception {
		List<Long> untilFound = new ArrayList<>();
		List<Long> untilFoundOnSecond = new ArrayList<>();
		List<Long> accepting = new ArrayList<>();
		int failed = 0;
		for (int i = 0; i < candidates.size(); i++) {
			String marker = "zq" + letters(i);
			long sent = System.nanoTime();
			String answer = post(
					"mutation($id: ID!, $summary: String!) { acceptCandidate(input: {id: $id,"
							+ " edits: {visit: {summary: $summary}}}) { result { id } } }",
					Map.of("id", candidates.get(i), "summary", "Benchmark visit " + marker), true);
			accepting.add(System.nanoTime() - sent);
			Matcher id = Pattern.compile("\"id\":\"(visit:[^\"]+)\"").matcher(answer);
			if (!id.find()) {
				if (failed++ == 0) {
					System.out.println("first refused accept: " + answer);
				}
				continue;
			}
			String search = "{ search(query: \"" + marker + "\", types: [VISIT], first: 1) { edges { node { item {"
					+ " ... on Visit { id } } } } } }";
			untilFound.add(untilFound(this.url, search, id.group(1), sent));
			if (this.secondUrl != null) {
				untilFoundOnSecond.add(untilFound(this.secondUrl, search, id.group(1), sent));
			}
		}
		System.out.printf(Locale.ROOT,
				"ACCEPT visits=%d failed=%d accept p50=%.0fms p99=%.0fms until-search p50=%.0fms p99=%.0fms%n",
				untilFound.size(), failed, percentile(accepting, 50), percentile(accepting, 99),
				percentile(untilFound, 50), percentile(untilFound, 99));
		if (this.secondUrl != null) {
			System.out.printf(Locale.ROOT, "SECOND visits=%d until-search p50=%.0fms p99=%.0fms%n",
					untilFoundOnSecond.size(), percentile(untilFoundOnSecond, 50), percentile(untilFoundOnSecond, 99));
		}
	}

	/**
	 * Searches this server until it finds the visit; the time since {@code sent}.
	 */
	private long untilFound(URI server, String search, String visitId, long sent) throws Exception {
		while (!post(server, search, Map.of(), false).contains(visitId)) {
			if (System.nanoTime() - sent > 30_000_000_000L) {
				throw new IllegalStateException(visitId + " not found by search on " + server + " after 30 s");
			}
		}
		return System.nanoTime() - sent;
	}

	private String post(String query, Map<String, String> variables, boolean write) throws Exception {
		return post(this.url, query, variables, write);
	}

	private String post(URI server, String query, Map<String, String> variables, boolean write) throws Exception {
		StringBuilder body = new StringBuilder("{\"query\":").append(json(query)).append(",\"variables\":{");
		variables.forEach((name, value) -> body.append(json(name)).append(':').append(json(value)).append(','));
		if (!variables.isEmpty()) {
			body.setLength(body.length() - 1);
		}
		body.append("}}");
		HttpRequest.Builder request = HttpRequest.newBuilder(server)
			.timeout(Duration.ofSeconds(120))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		if (write) {
			request.header("Authorization", "Bearer " + this.token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String country(String code) {
		for (String[] country : CorpusGenerator.COUNTRIES) {
			if (country[1].equals(code)) {
				return country[0];
			}
		}
		return code;
	}

	/** A made-up name per article number, two capitalised words. */
	private static String newName(int n) {
		String[] given = { "Arvid", "Belen", "Corwin", "Dagny", "Evander", "Fenna", "Gideon", "Halvard" };
		return given[n % given.length] + " " + Character.toUpperCase(letters(n).charAt(0)) + letters(n).substring(1)
				+ "ova";
	}

	private static String letters(int n) {
		StringBuilder word = new StringBuilder();
		int rest = n;
		do {
			word.append((char) ('a' + rest % 26));
			rest /= 26;
		}
		while (rest > 0);
		return word.append("x").toString();
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char ch : text.toCharArray()) {
			switch (ch) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> out.append((ch < 0x20) ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
			}
		}
		return out.append('"').toString();
	}

	private static double percentile(List<Long> nanos, int percent) {
		if (nanos.isEmpty()) {
			return 0;
		}
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
