package org.diplograph.http;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeUtil;

/**
 * graphql-java's validation and variable messages as a user reads them: the value given
 * in GraphQL or JSON syntax instead of a Java object ({@code FloatValue{value=1.5}},
 * {@code LinkedHashMap}), what the type expects in words, the values of an enum and,
 * while introspection is on (never when it is off, so as not to reveal the schema), the
 * names close to a misspelt field, argument or input field.
 */
final class ReadableErrors {

	private static final Pattern ARGUMENT = Pattern.compile("^Validation error \\((\\w+)@\\[([^\\]]*)\\]\\) : "
			+ "argument '([\\w.\\[\\]]+)' with value '.*' (?:(is not a valid '(\\w+)'(?: - (.*))?)|(must not be null)"
			+ "|(contains a field not in '(\\w+)': '(\\w+)')|(must be an object type)|(is missing required fields '(.*)'))$",
			Pattern.DOTALL);

	private static final Pattern VARIABLE = Pattern.compile("^Variable '(\\w+)' has an invalid value: (.*)$",
			Pattern.DOTALL);

	private static final Pattern CONVERT = Pattern
		.compile("^Expected a value that can be converted to type '(\\w+)' but it was a '(\\w+)'$");

	private static final Pattern INPUT = Pattern.compile("^Expected an? (\\w+) input, but it was a '(\\w+)'$");

	private static final Pattern NOT_MAP = Pattern.compile("^Expected type 'Map' but was '(\\w+)'.*$", Pattern.DOTALL);

	private static final Pattern OUT_OF_RANGE = Pattern
		.compile("^Expected value to be in the integer range, but it was a '(.*)'$");

	private static final Pattern NOT_IN_ENUM = Pattern.compile(
			"^Invalid input for enum '(\\w+)'\\. (?:No value found for name|Unknown value) '(.*)'$", Pattern.DOTALL);

	private static final Pattern NULL_VARIABLE = Pattern
		.compile("^Variable '\\w+' has coerced Null value for NonNull type '(.+)'$");

	private static final Pattern NULL_ITEM = Pattern.compile("^Coerced Null value for NonNull type '(.+)'$");

	private static final Pattern EXTRA_VARIABLE_FIELD = Pattern.compile(
			"^The variables input contains a field name '(\\w+)' that is not defined for input object type '(\\w+)'\\s*$");

	private static final Pattern UNDEFINED_FIELD = Pattern.compile(
			"^Validation error \\(FieldUndefined@\\[[^\\]]*\\]\\) : Field '(\\w+)' in type '(\\w+)' is undefined$");

	private static final Pattern UNKNOWN_ARGUMENT = Pattern
		.compile("^Validation error \\(UnknownArgument@\\[([^\\]]*)\\]\\) : Unknown field argument '(\\w+)'$");

	private final GraphQLSchema schema;

	private final boolean suggest;

	private final ArgumentValues arguments;

	ReadableErrors(GraphQLSchema schema, boolean suggest, String document, Map<String, Object> variables) {
		this.schema = schema;
		this.suggest = suggest;
		this.arguments = new ArgumentValues(document, variables);
	}

	/** The error with its message rewritten, or the error itself if it needs nothing. */
	GraphQLError rewrite(GraphQLError error) {
		String message = error.getMessage();
		String rewritten = rewrite(message, error);
		rewritten = Wording.scrub(rewritten);
		if (rewritten.equals(message)) {
			return error;
		}
		return GraphqlErrorBuilder.newError()
			.message(rewritten)
			.locations(error.getLocations())
			.path(error.getPath())
			.errorType(error.getErrorType())
			.extensions(error.getExtensions())
			.build();
	}

	private String rewrite(String message, GraphQLError error) {
		Matcher argument = ARGUMENT.matcher(message);
		if (argument.matches()) {
			return argumentMessage(argument, error);
		}
		Matcher variable = VARIABLE.matcher(message);
		if (variable.matches()) {
			return variableMessage(variable.group(1), variable.group(2));
		}
		Matcher extra = EXTRA_VARIABLE_FIELD.matcher(message);
		if (extra.matches()) {
			return "Variables: " + extra.group(2) + " has no field " + extra.group(1)
					+ didYouMean(extra.group(1), inputFields(extra.group(2)));
		}
		Matcher undefined = UNDEFINED_FIELD.matcher(message);
		if (undefined.matches()) {
			return message + didYouMeanSentence(undefined.group(1), fields(undefined.group(2)));
		}
		Matcher unknown = UNKNOWN_ARGUMENT.matcher(message);
		if (unknown.matches()) {
			return message + didYouMeanSentence(unknown.group(2), arguments(unknown.group(1)));
		}
		return message;
	}

	private String argumentMessage(Matcher match, GraphQLError error) {
		String path = match.group(2);
		String field = path.isEmpty() ? "" : path.substring(path.lastIndexOf('/') + 1);
		String where = field + "(" + match.group(3) + ")";
		String value = this.arguments.literal(error.getLocations(), match.group(3));
		if (match.group(7) != null) {
			return where + " must not be null.";
		}
		if (match.group(8) != null) {
			return where + ": " + match.group(9) + " has no field " + match.group(10)
					+ didYouMean(match.group(10), inputFields(match.group(9)));
		}
		if (match.group(11) != null) {
			return where + ": " + value + " is not an object; give its fields in braces, such as {name: \"...\"}.";
		}
		if (match.group(12) != null) {
			return where + ": " + value + " lacks the required fields " + match.group(13) + ".";
		}
		return where + ": " + notA(value, match.group(5));
	}

	private String variableMessage(String name, String reason) {
		String declared = this.arguments.variableType(name);
		String head = "Variable $" + name + " (" + this.arguments.variableJson(name) + ") "
				+ ((declared != null) ? "does not fit its type " + declared : "is not valid") + ": ";
		Matcher match;
		if ((match = CONVERT.matcher(reason)).matches() || (match = INPUT.matcher(reason)).matches()) {
			String type = match.group(1).equals("Number") ? "Float" : match.group(1);
			return head + Wording.kindOf(match.group(2)) + " was given where " + Wording.article(type) + " " + type
					+ " is expected; give " + Wording.expected(type) + ".";
		}
		if ((match = NOT_MAP.matcher(reason)).matches()) {
			return head + Wording.kindOf(match.group(1)) + " was given where an object is expected; give its fields "
					+ "as a JSON object.";
		}
		if ((match = OUT_OF_RANGE.matcher(reason)).matches()) {
			return head + match.group(1) + " is too large for an Int; give " + Wording.expected("Int") + ".";
		}
		if ((match = NOT_IN_ENUM.matcher(reason)).matches()) {
			return head + notA(match.group(2), match.group(1));
		}
		if ((match = NULL_VARIABLE.matcher(reason)).matches()) {
			return "Variable $" + name + " of type " + match.group(1) + " is required, but it is null or missing.";
		}
		if ((match = NULL_ITEM.matcher(reason)).matches()) {
			return head + "it holds a null where " + Wording.article(match.group(1)) + " " + match.group(1)
					+ " is required.";
		}
		return head + reason;
	}

	/** "1.5 is not an Int; give a whole number." */
	String notA(String value, String typeName) {
		GraphQLNamedType type = (GraphQLNamedType) this.schema.getType(typeName);
		if (type instanceof GraphQLEnumType enumType) {
			List<String> names = enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
			if (value.startsWith("\"")) {
				return value + " is text, not " + Wording.article(typeName) + " " + typeName + "; write "
						+ (this.suggest ? "one of its values without quotes: " + Suggestions.either(names) + "."
								: "its value without quotes.");
			}
			String sentence = value + " is not " + Wording.article(typeName) + " " + typeName;
			return this.suggest ? sentence + "; use " + Suggestions.either(names) + "." : sentence + ".";
		}
		return value + " is not " + Wording.article(typeName) + " " + typeName + "; give " + Wording.expected(typeName)
				+ ".";
	}

	/** ". Did you mean name?" to end a message, or nothing. */
	private String didYouMeanSentence(String given, List<String> names) {
		List<String> close = this.suggest ? Suggestions.closeTo(given, names) : List.of();
		return close.isEmpty() ? "" : ". Did you mean " + Suggestions.either(close) + "?";
	}

	/** "; did you mean status?" or "." to end a sentence. */
	private String didYouMean(String given, List<String> names) {
		List<String> close = this.suggest ? Suggestions.closeTo(given, names) : List.of();
		return close.isEmpty() ? "." : "; did you mean " + Suggestions.either(close) + "?";
	}

	private List<String> fields(String typeName) {
		return (this.schema.getType(typeName) instanceof GraphQLFieldsContainer container)
				? container.getFieldDefinitions().stream().map((field) -> field.getName()).toList() : List.of();
	}

	private List<String> inputFields(String typeName) {
		return (this.schema.getType(typeName) instanceof GraphQLInputObjectType input)
				? input.getFieldDefinitions().stream().map((field) -> field.getName()).toList() : List.of();
	}

	/** The arguments of the field at a path of field names from the query root. */
	private List<String> arguments(String path) {
		GraphQLSchemaElement type = this.schema.getQueryType();
		GraphQLFieldDefinition field = null;
		for (String name : path.split("/")) {
			if (!(type instanceof GraphQLFieldsContainer container) || container.getFieldDefinition(name) == null) {
				return List.of();
			}
			field = container.getFieldDefinition(name);
			type = GraphQLTypeUtil.unwrapAll(field.getType());
		}
		return (field != null) ? field.getArguments().stream().map((argument) -> argument.getName()).toList()
				: List.of();
	}

}
