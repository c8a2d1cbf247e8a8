package org.diplograph.limits;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.common.Limits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the README to the limits and settings the code has: every {@code diplograph.*}
 * property (from the configuration metadata the build generates from the
 * {@code @ConfigurationProperties} classes) and every fixed limit in {@link Limits} has a
 * row in one of the README's tables, with its default; no row names one that is gone.
 */
class LimitsDocumentationTests {

	private static final Pattern PROPERTY = Pattern.compile("`(diplograph\\.[a-z0-9.-]+)`");

	private static final Pattern CONSTANT = Pattern.compile("`Limits\\.([A-Z_]+)`");

	@Test
	void everyPropertyIsInTheReadmeWithItsDefault() throws IOException {
		Map<String, String> properties = properties();
		List<String[]> rows = readmeRows();
		assertThat(properties).as("diplograph.* properties in the configuration metadata")
			.containsKeys("diplograph.limits.max-complexity", "diplograph.limits.max-result-nodes",
					"diplograph.limits.request-timeout", "diplograph.mongodb.connect-timeout",
					"diplograph.changes.poll-interval", "diplograph.graphql.batching");
		properties.forEach((name, defaultValue) -> {
			String[] row = rowNaming(rows, "`" + name + "`");
			assertThat(row).as("a README table row for %s", name).isNotNull();
			if (defaultValue != null) {
				assertThat(compact(row[1])).as("the default of %s in the README", name)
					.contains(compact(format(defaultValue)));
			}
		});
		for (String[] row : rows) {
			Matcher named = PROPERTY.matcher(String.join("|", row));
			while (named.find()) {
				assertThat(properties).as("properties the README names").containsKey(named.group(1));
			}
		}
	}

	@Test
	void everyFixedLimitIsInTheReadmeWithItsValue() throws IOException, IllegalAccessException {
		List<String[]> rows = readmeRows();
		List<String> constants = new ArrayList<>();
		for (Field field : Limits.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())) {
				constants.add(field.getName());
				String[] row = rowNaming(rows, "`Limits." + field.getName() + "`");
				assertThat(row).as("a README limits row for Limits.%s", field.getName()).isNotNull();
				assertThat(compact(row[1])).as("the value of Limits.%s in the README", field.getName())
					.contains(compact(format(String.valueOf(field.get(null)))));
			}
		}
		for (String[] row : rows) {
			Matcher named = CONSTANT.matcher(String.join("|", row));
			while (named.find()) {
				assertThat(constants).as("constants the README names").contains(named.group(1));
			}
		}
	}

	/**
	 * The diplograph.* properties and their defaults (null when the metadata has none).
	 */
	private static Map<String, String> properties() throws IOException {
		Map<String, String> properties = new LinkedHashMap<>();
		Enumeration<URL> files = LimitsDocumentationTests.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json");
		while (files.hasMoreElements()) {
			try (InputStream in = files.nextElement().openStream()) {
				JsonNode metadata = JsonMapper.shared().readTree(in);
				for (JsonNode property : metadata.path("properties")) {
					String name = property.path("name").asString();
					if (name.startsWith("diplograph.")) {
						JsonNode value = property.get("defaultValue");
						properties.put(name, (value != null && !value.isNull()) ? value.asString() : null);
					}
				}
			}
		}
		return properties;
	}

	private static List<String[]> readmeRows() throws IOException {
		List<String[]> rows = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("README.md"))) {
			if (line.startsWith("|") && !line.startsWith("|---")) {
				String[] cells = line.substring(1).split("\\|");
				for (int i = 0; i < cells.length; i++) {
					cells[i] = cells[i].trim();
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	/**
	 * The row that names a property or constant in its first or last cell (the limits
	 * table names them last, the configuration table first); its default is the second.
	 */
	private static String[] rowNaming(List<String[]> rows, String name) {
		return rows.stream()
			.filter((row) -> row.length >= 3 && (row[0].contains(name) || row[row.length - 1].contains(name)))
			.findFirst()
			.orElse(null);
	}

	/** A default as the README writes it: 50000 as 50,000; 10s and true as they are. */
	private static String format(String value) {
		if (value.matches("\\d{4,}")) {
			return String.format(Locale.ROOT, "%,d", Long.parseLong(value));
		}
		return value;
	}

	private static String compact(String text) {
		return text.replace(" ", "").replace("`", "");
	}

}
