package org.diplograph.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.Description;
import graphql.language.DirectiveDefinition;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SDLDefinition;
import graphql.language.SchemaExtensionDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type, field, argument, enum value, input field and directive of the schema files
 * has a description, so GraphiQL's documentation explorer and generated client types
 * explain all of it; a new element without one fails here, named with its file and line.
 */
class SchemaDescriptionsTests {

	private static final Path SCHEMA = Path.of("schema");

	@Test
	void everyElementOfTheSchemaIsDescribed() throws IOException {
		List<String> undescribed = new ArrayList<>();
		int described = 0;
		for (Path file : schemaFiles()) {
			TypeDefinitionRegistry registry = new SchemaParser().parse(file.toFile());
			for (SDLDefinition<?> definition : definitions(registry)) {
				described += check(file, definition, undescribed);
			}
		}
		assertThat(undescribed).as("schema elements without a description").isEmpty();
		// the schema had 277 elements when this test was written: a parse that finds none
		// is a broken test
		assertThat(described).isGreaterThan(250);
	}

	private static List<Path> schemaFiles() throws IOException {
		try (Stream<Path> files = Files.list(SCHEMA)) {
			List<Path> found = files.filter((file) -> file.toString().endsWith(".graphqls")).sorted().toList();
			assertThat(found).as("schema files in %s", SCHEMA.toAbsolutePath()).isNotEmpty();
			return found;
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static List<SDLDefinition<?>> definitions(TypeDefinitionRegistry registry) {
		List all = new ArrayList<>();
		all.addAll(registry.types().values());
		all.addAll(
				registry.scalars().values().stream().filter((scalar) -> scalar.getSourceLocation() != null).toList());
		all.addAll(registry.getDirectiveDefinitions()
			.values()
			.stream()
			.filter((directive) -> directive.getSourceLocation() != null)
			.toList());
		registry.objectTypeExtensions().values().forEach(all::addAll);
		registry.interfaceTypeExtensions().values().forEach(all::addAll);
		registry.unionTypeExtensions().values().forEach(all::addAll);
		registry.enumTypeExtensions().values().forEach(all::addAll);
		registry.inputObjectTypeExtensions().values().forEach(all::addAll);
		return all;
	}

	/**
	 * Adds what is undescribed in one definition; returns how many elements it checked.
	 */
	private static int check(Path file, SDLDefinition<?> definition, List<String> undescribed) {
		int checked = 0;
		boolean extension = definition.getClass().getSimpleName().endsWith("ExtensionDefinition")
				|| definition instanceof SchemaExtensionDefinition;
		if (!extension) {
			checked++;
			require(file, definition, name(definition), description(definition), undescribed);
		}
		String type = name(definition);
		if (definition instanceof ObjectTypeDefinition object) {
			checked += fields(file, type, object.getFieldDefinitions(), undescribed);
		}
		else if (definition instanceof InterfaceTypeDefinition object) {
			checked += fields(file, type, object.getFieldDefinitions(), undescribed);
		}
		else if (definition instanceof InputObjectTypeDefinition input) {
			checked += values(file, type, input.getInputValueDefinitions(), undescribed);
		}
		else if (definition instanceof EnumTypeDefinition enumType) {
			for (var value : enumType.getEnumValueDefinitions()) {
				checked++;
				require(file, value, type + "." + value.getName(), value.getDescription(), undescribed);
			}
		}
		else if (definition instanceof DirectiveDefinition directive) {
			checked += values(file, "@" + type, directive.getInputValueDefinitions(), undescribed);
		}
		return checked;
	}

	private static int fields(Path file, String type, List<FieldDefinition> fields, List<String> undescribed) {
		int checked = 0;
		for (FieldDefinition field : fields) {
			checked++;
			String name = type + "." + field.getName();
			require(file, field, name, field.getDescription(), undescribed);
			checked += values(file, name, field.getInputValueDefinitions(), undescribed);
		}
		return checked;
	}

	private static int values(Path file, String owner, List<InputValueDefinition> values, List<String> undescribed) {
		for (InputValueDefinition value : values) {
			require(file, value, owner + "(" + value.getName() + ")", value.getDescription(), undescribed);
		}
		return values.size();
	}

	private static void require(Path file, graphql.language.Node<?> node, String name, Description description,
			List<String> undescribed) {
		if (description == null || description.getContent() == null || description.getContent().isBlank()) {
			int line = (node.getSourceLocation() != null) ? node.getSourceLocation().getLine() : 0;
			undescribed.add(file.getFileName() + ":" + line + " " + name);
		}
	}

	private static String name(SDLDefinition<?> definition) {
		if (definition instanceof TypeDefinition<?> type) {
			return type.getName();
		}
		if (definition instanceof DirectiveDefinition directive) {
			return directive.getName();
		}
		return definition.getClass().getSimpleName();
	}

	private static Description description(SDLDefinition<?> definition) {
		if (definition instanceof ObjectTypeDefinition type) {
			return type.getDescription();
		}
		if (definition instanceof InterfaceTypeDefinition type) {
			return type.getDescription();
		}
		if (definition instanceof UnionTypeDefinition type) {
			return type.getDescription();
		}
		if (definition instanceof EnumTypeDefinition type) {
			return type.getDescription();
		}
		if (definition instanceof InputObjectTypeDefinition type) {
			return type.getDescription();
		}
		if (definition instanceof ScalarTypeDefinition type) {
			return type.getDescription();
		}
		if (definition instanceof DirectiveDefinition directive) {
			return directive.getDescription();
		}
		return null;
	}

}
