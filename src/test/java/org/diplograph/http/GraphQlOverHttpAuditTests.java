package org.diplograph.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.NodeTools;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The GraphQL-over-HTTP audits of the graphql-http npm package, run by Node against the
 * started server: every MUST and SHOULD audit has to pass. Skipped where Node.js or npm
 * is not installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphQlOverHttpAuditTests {

	private static final String GRAPHQL_HTTP_VERSION = "1.23.1";

	private static final Path AUDIT_DIRECTORY = Path.of("target", "graphql-http-audit");

	@LocalServerPort
	private int port;

	/**
	 * Two audits ask for {@code __type}. Spring Boot turns introspection off JVM-wide for
	 * a context that disables it and never back on, so a test run before this one may
	 * have left it off; this application has it on.
	 */
	@BeforeAll
	static void introspectionAsConfigured() {
		Introspection.enabledJvmWide(true);
	}

	@Test
	void serverPassesEveryMustAndShouldAudit() throws Exception {
		assumeTrue(NodeTools.available(),
				"Node.js and npm are not installed: skipping the graphql-http GraphQL-over-HTTP audit");
		installGraphQlHttp();
		List<Audit> audits = runAudits("http://localhost:" + this.port + "/graphql");

		Map<String, int[]> passedByLevel = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		for (Audit audit : audits) {
			int[] counts = passedByLevel.computeIfAbsent(audit.level(), (level) -> new int[2]);
			counts[1]++;
			if (audit.passed()) {
				counts[0]++;
			}
			else {
				System.out.println("graphql-http audit " + audit.status() + ": " + audit);
				if (audit.required()) {
					failures.add(audit.toString());
				}
			}
		}
		StringBuilder summary = new StringBuilder("graphql-http " + GRAPHQL_HTTP_VERSION + " audits passed:");
		passedByLevel.forEach((level, counts) -> summary.append(' ')
			.append(level)
			.append(' ')
			.append(counts[0])
			.append('/')
			.append(counts[1]));
		System.out.println(summary);

		assertThat(audits.stream().filter(Audit::required).count())
			.as("MUST and SHOULD audits run (the audit script printed %d lines)", audits.size())
			.isGreaterThan(30);
		assertThat(failures).as("failed MUST and SHOULD audits:%n%s", String.join("\n", failures)).isEmpty();
	}

	private static void installGraphQlHttp() throws IOException, InterruptedException {
		NodeTools.install(AUDIT_DIRECTORY, "graphql-http@" + GRAPHQL_HTTP_VERSION);
	}

	private static List<Audit> runAudits(String url) throws IOException, InterruptedException {
		Path script = AUDIT_DIRECTORY.resolve("audit.mjs");
		try (InputStream source = GraphQlOverHttpAuditTests.class.getResourceAsStream("/http/audit.mjs")) {
			assertThat(source).as("http/audit.mjs on the test classpath").isNotNull();
			// beside node_modules, where Node resolves the graphql-http import from
			Files.copy(source, script, StandardCopyOption.REPLACE_EXISTING);
		}
		String output = NodeTools.run(AUDIT_DIRECTORY, 3, "node", "audit.mjs", url);
		List<Audit> audits = new ArrayList<>();
		for (String line : output.split("\\R")) {
			if (!line.isBlank()) {
				JsonNode result = JsonMapper.shared().readTree(line);
				audits.add(new Audit(result.path("id").asString(), result.path("name").asString(),
						result.path("status").asString(), result.path("reason").asString(null)));
			}
		}
		return audits;
	}

	/** One audit's result; its level is the MUST, SHOULD or MAY its name starts with. */
	record Audit(String id, String name, String status, String reason) {

		String level() {
			return this.name.substring(0, this.name.indexOf(' '));
		}

		boolean required() {
			return "MUST".equals(level()) || "SHOULD".equals(level());
		}

		boolean passed() {
			return "ok".equals(this.status);
		}

		@Override
		public String toString() {
			return this.id + " " + this.name + ((this.reason != null) ? ": " + this.reason : "");
		}

	}

}
