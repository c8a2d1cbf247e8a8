package org.diplograph.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.NodeTools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * GraphQL Code Generator makes clean TypeScript types from the schema files and from the
 * README's example queries, and they type-check in strict mode: what a front end does on
 * day one. It runs with Node.js (packages installed into {@code target/}), and is skipped
 * where Node.js or npm is not installed.
 */
class CodegenTests {

	private static final Path DIRECTORY = Path.of("target", "graphql-codegen");

	@Test
	void theSchemaAndTheExamplesGenerateStrictTypeScript() throws Exception {
		assumeTrue(NodeTools.available(), "Node.js and npm are not installed: skipping GraphQL Code Generator");
		NodeTools.install(DIRECTORY, "@graphql-codegen/core@6.2.1", "@graphql-codegen/typescript@6.1.0",
				"@graphql-codegen/typescript-operations@6.1.9", "graphql@16.11.0", "typescript@5.9.3");
		Files.copy(Path.of("src/test/resources/codegen/codegen.mjs"), DIRECTORY.resolve("codegen.mjs"),
				StandardCopyOption.REPLACE_EXISTING);
		String output = NodeTools.run(DIRECTORY, 3, "node", "codegen.mjs",
				Path.of("schema").toAbsolutePath().toString(),
				Path.of("src/main/resources/home/examples").toAbsolutePath().toString());
		JsonNode result = JsonMapper.shared().readTree(output.strip());
		assertThat(result.path("diagnostics").size()).as(output).isZero();
		assertThat(Files.readString(DIRECTORY.resolve("operations.ts"))).contains("export type DealQuery = {")
			.doesNotContain(": any");
		String types = Files.readString(DIRECTORY.resolve("types.ts"));
		assertThat(types)
			.contains("export type DefenceDeal = Node & {", "export type DealStatus =", "| 'UNDER_CONSIDERATION'")
			// the schema's descriptions become the documentation of the generated types
			.contains("/** The supplier has offered or promised something concrete; the buyer has not accepted yet. */")
			.doesNotContain(": any");
	}

}
