package org.diplograph.http;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.SourceLocation;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values a request gave, for error messages: an argument's literal as written in the
 * document (found by the location of the error), a variable's value as JSON, and a
 * variable's declared type.
 */
final class ArgumentValues {

	private static final int MAX_SHOWN = 80;

	private static final Pattern PATH_PART = Pattern.compile("(\\w+)|\\[(\\d+)\\]");

	private final String source;

	private final Map<String, Object> variables;

	private Document document;

	private boolean parsed;

	ArgumentValues(String source, Map<String, Object> variables) {
		this.source = source;
		this.variables = (variables != null) ? variables : Map.of();
	}

	/**
	 * The literal at {@code path} ({@code filter.mentions[0]}) of the argument at the
	 * error's location, as GraphQL syntax; "the value given" if it cannot be found.
	 */
	String literal(List<SourceLocation> locations, String path) {
		Document parsed = document();
		if (parsed == null || locations == null || locations.isEmpty()) {
			return "the value given";
		}
		Argument argument = find(parsed, locations.get(0));
		Value<?> value = (argument != null) ? argument.getValue() : null;
		Matcher parts = PATH_PART.matcher(path);
		boolean first = true;
		while (value != null && parts.find()) {
			if (first) {
				first = false;
				continue;
			}
			value = step(value, parts.group(1), parts.group(2));
		}
		return (value != null) ? shorten(AstPrinter.printAstCompact(value)) : "the value given";
	}

	/** The variable's value as compact JSON. */
	String variableJson(String name) {
		Object value = this.variables.get(name);
		try {
			return shorten(JsonMapper.shared().writeValueAsString(value));
		}
		catch (RuntimeException ex) {
			return "the value given";
		}
	}

	/** The variable's type as the document declares it ({@code [String!]}), or null. */
	String variableType(String name) {
		Document parsed = document();
		if (parsed == null) {
			return null;
		}
		for (Node<?> definition : parsed.getDefinitions()) {
			for (Node<?> child : definition.getChildren()) {
				if (child instanceof VariableDefinition variable && variable.getName().equals(name)) {
					return AstPrinter.printAst(variable.getType());
				}
			}
		}
		return null;
	}

	private Document document() {
		if (!this.parsed) {
			this.parsed = true;
			try {
				this.document = Parser.parse(this.source);
			}
			catch (RuntimeException ex) {
				this.document = null;
			}
		}
		return this.document;
	}

	private static Value<?> step(Value<?> value, String field, String index) {
		if (field != null && value instanceof ObjectValue object) {
			return object.getObjectFields()
				.stream()
				.filter((candidate) -> candidate.getName().equals(field))
				.map(ObjectField::getValue)
				.findFirst()
				.orElse(null);
		}
		if (index != null && value instanceof ArrayValue array && Integer.parseInt(index) < array.getValues().size()) {
			return array.getValues().get(Integer.parseInt(index));
		}
		return null;
	}

	private static Argument find(Node<?> node, SourceLocation location) {
		if (node instanceof Argument argument && argument.getSourceLocation() != null
				&& argument.getSourceLocation().getLine() == location.getLine()
				&& argument.getSourceLocation().getColumn() == location.getColumn()) {
			return argument;
		}
		for (Node<?> child : node.getChildren()) {
			Argument found = find(child, location);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static String shorten(String text) {
		return (text.length() <= MAX_SHOWN) ? text : text.substring(0, MAX_SHOWN) + "…";
	}

}
