package org.diplograph.limits;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.CoercedVariables;
import graphql.execution.ResultNodesInfo;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calibrates the cost limit: random valid queries whose estimated cost is close to
 * {@code max-complexity} are run one after another, and each must finish well within the
 * request timeout and allocate a bounded amount of memory, whether it is answered or
 * stopped by a limit on its answer. Prints the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class CostCalibrationTests {

	private static final long SEED = 20251128L;

	private static final int QUERIES = 24;

	/**
	 * Generous bounds on this shared 2-core machine (typically under 2 s and 100 MB):
	 * they catch a hang or a runaway; the printed figures are the point.
	 */
	private static final long MAX_MILLIS = 15_000;

	private static final long MAX_ALLOCATED_MB = 400;

	@Autowired
	ExecutionGraphQlService graphQl;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	ObjectProvider<FieldCosts> costs;

	@Autowired
	LimitsProperties limits;

	@Test
	void queriesNearTheCostLimitRunInBoundedTimeAndMemory() {
		GraphQLSchema schema = this.graphQlSource.schema();
		CostModel model = new CostModel(this.costs.orderedStream().toList(), this.limits.listFanOut());
		ValidQueries generator = new ValidQueries(new Random(SEED), ids("actors"), ids("articles"), ids("visits"),
				ids("deals"));
		List<Run> runs = new ArrayList<>();
		int generated = 0;
		while (runs.size() < QUERIES && generated < 20_000) {
			String query = generator.next();
			generated++;
			long estimate = model.cost(schema, Parser.parse(query), null, CoercedVariables.emptyVariables());
			if (estimate >= this.limits.maxComplexity() / 4 && estimate <= this.limits.maxComplexity()) {
				runs.add(run(query, estimate));
			}
		}
		runs.sort(Comparator.comparingLong(Run::millis));
		for (Run run : runs) {
			System.out.printf(Locale.ROOT, "calibration: cost %,7d  values %,7d  %,10d bytes  %5d ms  %4d MB  %s%n",
					run.estimate(), run.nodes(), run.bytes(), run.millis(), run.allocatedMb(),
					(run.error() != null) ? "stopped: " + run.error() : "answered");
		}
		long answered = runs.stream().filter((run) -> run.error() == null).count();
		System.out.printf(Locale.ROOT,
				"Cost calibration: %d queries with estimated cost %,d to %,d (of %d generated); %d answered; "
						+ "slowest %d ms, most allocated %d MB%n",
				runs.size(), this.limits.maxComplexity() / 4, this.limits.maxComplexity(), generated, answered,
				runs.get(runs.size() - 1).millis(), runs.stream().mapToLong(Run::allocatedMb).max().orElse(0));
		assertThat(runs).as("queries near the limit").hasSize(QUERIES);
		assertThat(runs).allSatisfy((run) -> {
			assertThat(run.millis()).as("time of %s", run.query()).isLessThan(MAX_MILLIS);
			assertThat(run.allocatedMb()).as("allocation of %s", run.query()).isLessThan(MAX_ALLOCATED_MB);
		});
	}

	private Run run(String query, long estimate) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		long start = System.nanoTime();
		ExecutionGraphQlResponse response = this.graphQl
			.execute(new DefaultExecutionGraphQlRequest(query, null, Map.of(), Map.of(), UUID.randomUUID().toString(),
					Locale.ENGLISH))
			.block();
		ExecutionResult result = response.getExecutionResult();
		int bytes = JsonMapper.shared().writeValueAsBytes(result.toSpecification()).length;
		long millis = (System.nanoTime() - start) / 1_000_000;
		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
		ResultNodesInfo nodes = response.getExecutionInput().getGraphQLContext().get(ResultNodesInfo.RESULT_NODES_INFO);
		String error = result.getErrors().stream().map(GraphQLError::getMessage).findFirst().orElse(null);
		return new Run(query, estimate, (nodes != null) ? nodes.getResultNodesCount() : 0, bytes, millis,
				allocated >> 20, error);
	}

	private List<String> ids(String connection) {
		ExecutionGraphQlResponse response = this.graphQl
			.execute(new DefaultExecutionGraphQlRequest("{ " + connection + "(first: 100) { edges { node { id } } } }",
					null, Map.of(), Map.of(), UUID.randomUUID().toString(), Locale.ENGLISH))
			.block();
		Map<String, Object> data = response.getData();
		List<String> ids = new ArrayList<>();
		for (Object edge : (List<?>) ((Map<?, ?>) data.get(connection)).get("edges")) {
			ids.add((String) ((Map<?, ?>) ((Map<?, ?>) edge).get("node")).get("id"));
		}
		return ids;
	}

	private record Run(String query, long estimate, int nodes, int bytes, long millis, long allocatedMb, String error) {
	}

	/**
	 * Random queries the schema accepts with arguments that find data: real IDs, page
	 * sizes, network depths, search words (some misspelt).
	 */
	static final class ValidQueries {

		private static final List<String> WORDS = List.of("defence", "howitser", "visit", "Bangladesh", "Turkey",
				"Pakistan", "army", "minister", "drones", "agreement", "Gorgun", "Yunus", "navy", "training");

		private final Random random;

		private final List<String> actors;

		private final List<String> articles;

		private final List<String> visits;

		private final List<String> deals;

		ValidQueries(Random random, List<String> actors, List<String> articles, List<String> visits,
				List<String> deals) {
			this.random = random;
			this.actors = actors;
			this.articles = articles;
			this.visits = visits;
			this.deals = deals;
		}

		String next() {
			StringBuilder query = new StringBuilder("{");
			int roots = 1 + this.random.nextInt(3);
			for (int i = 0; i < roots; i++) {
				query.append(" r").append(i).append(": ").append(root());
			}
			return query.append(" }").toString();
		}

		private String root() {
			return switch (this.random.nextInt(9)) {
				case 0 -> "actor(id: \"" + pick(this.actors) + "\") " + actor(0);
				case 1 -> "article(id: \"" + pick(this.articles) + "\") " + article(0);
				case 2 -> "visit(id: \"" + pick(this.visits) + "\") " + visit(0);
				case 3 -> "deal(id: \"" + pick(this.deals) + "\") " + deal(0);
				case 4 -> "nodes(ids: [" + nodeIds() + "]) { ... on Actor " + actor(1) + " ... on Article " + article(1)
						+ " }";
				case 5 -> "articles(first: " + page() + ") { totalCount edges { node " + article(1) + " } }";
				case 6 -> "actors(first: " + page() + ") { edges { node " + actor(1) + " } }";
				case 7 -> "search(query: \"" + words() + "\", first: " + page()
						+ ") { edges { node { score highlights { text } item { ... on Actor " + actor(2)
						+ " ... on Article " + article(2) + " } } } }";
				default -> "timeline(involves: \"BD\") { count visits " + visit(1) + " deals " + deal(1) + " }";
			};
		}

		private String actor(int depth) {
			List<String> fields = new ArrayList<>(List.of("id", "name", "kind", "aliases", "code"));
			if (depth < 4) {
				fields.add("country " + actor(depth + 1));
				fields.add("articles " + article(depth + 1));
				fields.add("visits " + visit(depth + 1));
				fields.add("deals " + deal(depth + 1));
				fields.add("network(depth: " + (1 + this.random.nextInt(2)) + ") { nodes { id name } edges { weight "
						+ "source { name } articles " + article(depth + 2) + " } }");
			}
			return select(fields);
		}

		private String article(int depth) {
			List<String> fields = new ArrayList<>(List.of("id", "title", "wordCount", "publishedOn { iso }"));
			if (this.random.nextInt(4) == 0) {
				fields.add("body");
			}
			if (depth < 4) {
				fields.add("mentions { count offsets actor " + actor(depth + 1) + " }");
				fields.add("actors " + actor(depth + 1));
				fields.add("visits " + visit(depth + 1));
				fields.add("deals " + deal(depth + 1));
			}
			return select(fields);
		}

		private String visit(int depth) {
			List<String> fields = new ArrayList<>(List.of("id", "summary", "date { iso }", "status"));
			if (depth < 4) {
				fields.add("visitors " + actor(depth + 1));
				fields.add("hostCountry " + actor(depth + 1));
				fields.add("sources { start end quote article " + article(depth + 1) + " }");
			}
			return select(fields);
		}

		private String deal(int depth) {
			List<String> fields = new ArrayList<>(List.of("id", "title", "status", "items { system quantity }"));
			if (depth < 4) {
				fields.add("parties " + actor(depth + 1));
				fields.add("sources { quote article " + article(depth + 1) + " }");
			}
			return select(fields);
		}

		private String select(List<String> fields) {
			StringBuilder selection = new StringBuilder("{ id");
			List<String> chosen = new ArrayList<>(fields.subList(1, fields.size()));
			java.util.Collections.shuffle(chosen, this.random);
			chosen.stream().limit(1 + this.random.nextInt(3)).forEach((field) -> selection.append(' ').append(field));
			return selection.append(" }").toString();
		}

		private String nodeIds() {
			StringBuilder ids = new StringBuilder();
			int count = 1 + this.random.nextInt(100);
			for (int i = 0; i < count; i++) {
				ids.append((i > 0) ? ", " : "")
					.append('"')
					.append(pick(this.random.nextBoolean() ? this.actors : this.articles))
					.append('"');
			}
			return ids.toString();
		}

		private String words() {
			StringBuilder words = new StringBuilder();
			int count = 1 + this.random.nextInt(6);
			for (int i = 0; i < count; i++) {
				words.append((i > 0) ? " " : "").append(pick(WORDS));
			}
			return words.toString();
		}

		private int page() {
			return 1 + this.random.nextInt(100);
		}

		private String pick(List<String> values) {
			return values.get(this.random.nextInt(values.size()));
		}

	}

}
