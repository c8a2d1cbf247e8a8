package org.diplograph.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * Random queries that the schema accepts, or nearly: a root field of {@code Query},
 * random arguments of the argument's type (inline or as variables) drawn from values that
 * tend to break servers, and random nested selections down to a maximum depth.
 */
final class QueryGenerator {

	private static final List<String> NASTY = List.of("", " ", "\t\n", ".*", "^$", "(?i).*", "[", "(", "\\", "\\\\",
			"$where", "{\"$gt\": \"\"}", "{\"$ne\": null}", "$regex", "'; DROP TABLE actors; --",
			"<script>alert(1)</script>", "%00", "%s%n%x", "\u0000", "\u0001\u0002\u001f", "\u007f", "\r\n\r\n",
			"\u202eevil", "\u200b", "\ufeff", "\ud83d", "Türkiye", "ТУРЦИЯ", "土耳其", "🏃\u200d♂️🇹🇷", "null",
			"undefined", "NaN", "-1", "0", "9999999999", "*", "?", "~", "\"unclosed", "AND OR NOT", "title:x",
			"/regex/", "[a TO z]", "a~2", "+-&&||!(){}[]^\"~*?:\\/", "\"\"", "**", "a*", "*a", "?*?*", "Gorgun",
			"Turkey", "TR", "tr", "BD", "Pakistan", "Bangladesh", "Yunus", "Hossain", "a", "the");

	private static final List<String> PREFIXES = List.of("article:", "actor:", "visit:", "deal:", "actor:country-",
			"person:", "", ":", "ACTOR:", "node:", "actor::");

	private static final List<String> DATES = List.of("2025", "2025-07", "2025-07-23", "2024-02-29", "2023-02-29",
			"2025-13", "2025-02-30", "2025-00", "2025-07-32", "0000", "0001-01-01", "9999-12-31", "99999", "-2025",
			"2025-7", "2025/07/23", "July 2025", "2025-07-23T10:00:00Z", "", " ", "１２３４", "٢٠٢٥", "2025-", "-",
			"2147483648", "2025-07-23 ");

	private static final List<Long> INTS = List.of(0L, 1L, -1L, 2L, 3L, 20L, 99L, 100L, 101L, -100L,
			(long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE);

	private final GraphQLSchema schema;

	private final Random random;

	private final int maxDepth;

	private final List<String> ids;

	private final List<String> cursors;

	private final List<String> names;

	/** Per request: how long strings may be, whether arguments go in variables. */
	private int maxStringLength;

	private boolean useVariables;

	private int aliases;

	private final Map<String, Object> variables = new LinkedHashMap<>();

	private final List<VariableDefinition> variableDefinitions = new ArrayList<>();

	QueryGenerator(GraphQLSchema schema, long seed, int maxDepth, List<String> ids, List<String> cursors,
			List<String> names) {
		this.schema = schema;
		this.random = new Random(seed);
		this.maxDepth = maxDepth;
		this.ids = ids;
		this.cursors = cursors;
		this.names = names;
	}

	/** A GraphQL request: the document and its variables. */
	record GeneratedQuery(String query, Map<String, Object> variables) {

	}

	GeneratedQuery next(int maxStringLength) {
		this.maxStringLength = maxStringLength;
		this.useVariables = this.random.nextBoolean();
		this.variables.clear();
		this.variableDefinitions.clear();
		this.aliases = 0;
		GraphQLObjectType query = this.schema.getQueryType();
		List<GraphQLFieldDefinition> roots = query.getFieldDefinitions()
			.stream()
			.filter((field) -> !field.getName().startsWith("__"))
			.toList();
		List<Selection> selections = new ArrayList<>();
		int rootCount = (this.random.nextInt(10) == 0) ? 2 : 1;
		for (int i = 0; i < rootCount; i++) {
			selections.add(field(pick(roots), "r" + i, 1));
		}
		OperationDefinition operation = OperationDefinition.newOperationDefinition()
			.operation(OperationDefinition.Operation.QUERY)
			.name("Generated")
			.variableDefinitions(new ArrayList<>(this.variableDefinitions))
			.selectionSet(new SelectionSet(selections))
			.build();
		String document = AstPrinter.printAst(Document.newDocument().definition(operation).build());
		return new GeneratedQuery(document, new LinkedHashMap<>(this.variables));
	}

	private Field field(GraphQLFieldDefinition definition, String alias, int depth) {
		Field.Builder field = Field.newField(definition.getName());
		if (alias != null) {
			field.alias(alias);
		}
		List<Argument> arguments = new ArrayList<>();
		for (GraphQLArgument argument : definition.getArguments()) {
			if (GraphQLTypeUtil.isNonNull(argument.getType()) || this.random.nextInt(10) < 6) {
				arguments.add(new Argument(argument.getName(), argument(argument.getName(), argument.getType())));
			}
		}
		field.arguments(arguments);
		GraphQLNamedType type = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(definition.getType());
		if (!GraphQLTypeUtil.isLeaf(type)) {
			field.selectionSet(selectionSet((GraphQLOutputType) type, depth + 1));
		}
		return field.build();
	}

	private SelectionSet selectionSet(GraphQLOutputType type, int depth) {
		List<Selection> selections = new ArrayList<>();
		if (type instanceof GraphQLObjectType object) {
			selections.addAll(fields(object.getFieldDefinitions(), depth, false));
		}
		else {
			if (type instanceof GraphQLInterfaceType node) {
				selections.addAll(fields(node.getFieldDefinitions(), depth, false));
			}
			List<GraphQLObjectType> possible = (type instanceof GraphQLUnionType union)
					? union.getTypes().stream().map(GraphQLObjectType.class::cast).toList()
					: this.schema.getImplementations((GraphQLInterfaceType) type);
			int fragments = this.random.nextInt(3);
			for (int i = 0; i < fragments; i++) {
				GraphQLObjectType object = pick(possible);
				// aliased: a field name may have another type in another member
				List<Selection> fields = fields(object.getFieldDefinitions(), depth, true);
				if (fields.isEmpty()) {
					fields.add(new Field("__typename"));
				}
				selections.add(InlineFragment.newInlineFragment()
					.typeCondition(new TypeName(object.getName()))
					.selectionSet(new SelectionSet(fields))
					.build());
			}
		}
		if (selections.isEmpty() || this.random.nextInt(8) == 0) {
			selections.add(new Field("__typename"));
		}
		return new SelectionSet(selections);
	}

	/**
	 * One to three distinct fields; at the maximum depth, only those without a selection.
	 */
	private List<Selection> fields(List<GraphQLFieldDefinition> definitions, int depth, boolean aliased) {
		List<Selection> selections = new ArrayList<>();
		Set<String> chosen = new HashSet<>();
		int count = 1 + this.random.nextInt(3);
		for (int i = 0; i < count * 2 && selections.size() < count; i++) {
			GraphQLFieldDefinition definition = pick(definitions);
			boolean leaf = GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(definition.getType()));
			if ((!leaf && depth >= this.maxDepth) || !chosen.add(definition.getName())) {
				continue;
			}
			boolean alias = aliased || this.random.nextInt(6) == 0;
			selections.add(field(definition, alias ? "a" + this.aliases++ : null, depth));
		}
		return selections;
	}

	/** An argument's value, inline or as a variable of the argument's type. */
	private Value<?> argument(String name, GraphQLInputType type) {
		Object value = value(name, type);
		if (this.useVariables) {
			String variable = "v" + this.variableDefinitions.size();
			this.variableDefinitions.add(new VariableDefinition(variable, astType(type)));
			this.variables.put(variable, json(value));
			return VariableReference.of(variable);
		}
		return literal(value);
	}

	private Object value(String name, GraphQLType type) {
		if (GraphQLTypeUtil.isNonNull(type)) {
			return nonNullValue(name, ((GraphQLNonNull) type).getWrappedType());
		}
		return (this.random.nextInt(12) == 0) ? null : nonNullValue(name, type);
	}

	private Object nonNullValue(String name, GraphQLType type) {
		if (type instanceof GraphQLList list) {
			List<Object> items = new ArrayList<>();
			int size = this.random.nextInt(4);
			for (int i = 0; i < size; i++) {
				items.add(value(name, list.getWrappedType()));
			}
			return items;
		}
		if (type instanceof GraphQLEnumType enumType) {
			return new EnumName(pick(enumType.getValues()).getName());
		}
		if (type instanceof GraphQLInputObjectType input) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
				if (GraphQLTypeUtil.isNonNull(field.getType()) || this.random.nextBoolean()) {
					fields.put(field.getName(), value(field.getName(), field.getType()));
				}
			}
			return fields;
		}
		return scalar(name, ((GraphQLScalarType) type).getName());
	}

	private Object scalar(String argument, String scalar) {
		String name = argument.toLowerCase(Locale.ROOT);
		return switch (scalar) {
			case "Int" -> integer();
			case "Float" -> BigDecimal.valueOf(this.random.nextGaussian() * 1e6);
			case "Boolean" -> this.random.nextBoolean();
			case "ID" -> id();
			default -> {
				if (name.equals("from") || name.equals("to") || name.startsWith("published")) {
					yield (this.random.nextInt(4) == 0) ? string() : pick(DATES);
				}
				if (name.equals("after") || name.equals("before")) {
					yield cursor();
				}
				if (name.equals("source") || name.endsWith("id") || name.endsWith("ids")) {
					yield id();
				}
				yield (this.random.nextInt(3) == 0) ? pick(this.names) : string();
			}
		};
	}

	private Object integer() {
		int choice = this.random.nextInt(20);
		if (choice == 0) {
			// out of the 32-bit range GraphQL's Int has: a coercion error, never a crash
			BigInteger huge = BigInteger.TEN.pow(10 + this.random.nextInt(20));
			return this.random.nextBoolean() ? huge : huge.negate();
		}
		if (choice < 8) {
			return (long) this.random.nextInt(201) - 100;
		}
		return pick(INTS);
	}

	private String id() {
		int choice = this.random.nextInt(4);
		if (choice == 0 && !this.ids.isEmpty()) {
			return pick(this.ids);
		}
		if (choice == 1) {
			return pick(PREFIXES) + string();
		}
		String slug = Integer.toString(this.random.nextInt(1 << 20), 36) + "-" + this.random.nextInt(100);
		return pick(PREFIXES) + slug;
	}

	private String cursor() {
		int choice = this.random.nextInt(5);
		if (choice == 0 && !this.cursors.isEmpty()) {
			return pick(this.cursors);
		}
		if (choice == 1) {
			// well formed, of any list, pointing anywhere
			return base64("c2\n" + string() + "\n" + string() + "\n" + ((this.random.nextBoolean()) ? id() : string()));
		}
		if (choice == 2) {
			byte[] bytes = new byte[this.random.nextInt(64)];
			this.random.nextBytes(bytes);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		if (choice == 3) {
			return base64("c" + this.random.nextInt(3) + "\n" + pick(DATES) + "\n");
		}
		return string();
	}

	private String string() {
		int choice = this.random.nextInt(10);
		if (choice == 0) {
			String unit = pick(List.of("x", "ab", "ü", "🏃", ".*", "\\", "\"", " ", "Türkiye "));
			int length = 1 + this.random.nextInt(Math.max(1, this.maxStringLength));
			return unit.repeat(Math.max(1, length / unit.length()));
		}
		if (choice == 1) {
			StringBuilder text = new StringBuilder();
			int length = 1 + this.random.nextInt(Math.min(40, this.maxStringLength));
			for (int i = 0; i < length; i++) {
				int codePoint = this.random.nextInt(3) == 0 ? this.random.nextInt(0x20)
						: 0x20 + this.random.nextInt(0x3000);
				if (!Character.isSurrogate((char) codePoint)) {
					text.appendCodePoint(codePoint);
				}
			}
			return text.toString();
		}
		if (choice == 2) {
			return pick(NASTY) + " " + pick(NASTY);
		}
		return pick(NASTY);
	}

	private static String base64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static Value<?> literal(Object value) {
		if (value == null) {
			return NullValue.of();
		}
		if (value instanceof EnumName enumName) {
			return EnumValue.of(enumName.name());
		}
		if (value instanceof String text) {
			return StringValue.of(text);
		}
		if (value instanceof Long number) {
			return new IntValue(BigInteger.valueOf(number));
		}
		if (value instanceof BigInteger number) {
			return new IntValue(number);
		}
		if (value instanceof BigDecimal number) {
			return new FloatValue(number);
		}
		if (value instanceof Boolean bool) {
			return BooleanValue.of(bool);
		}
		if (value instanceof List<?> list) {
			return ArrayValue.newArrayValue()
				.values(list.stream().<Value>map(QueryGenerator::literal).toList())
				.build();
		}
		Map<?, ?> fields = (Map<?, ?>) value;
		return ObjectValue.newObjectValue()
			.objectFields(fields.entrySet()
				.stream()
				.map((entry) -> new ObjectField((String) entry.getKey(), literal(entry.getValue())))
				.toList())
			.build();
	}

	/** The value as JSON sees it: an enum value is its name. */
	private static Object json(Object value) {
		if (value instanceof EnumName enumName) {
			return enumName.name();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(QueryGenerator::json).toList();
		}
		if (value instanceof Map<?, ?> fields) {
			Map<String, Object> json = new LinkedHashMap<>();
			fields.forEach((key, field) -> json.put((String) key, json(field)));
			return json;
		}
		return value;
	}

	private static Type<?> astType(GraphQLType type) {
		if (type instanceof GraphQLNonNull nonNull) {
			return new NonNullType(astType(nonNull.getWrappedType()));
		}
		if (type instanceof GraphQLList list) {
			return new ListType(astType(list.getWrappedType()));
		}
		return new TypeName(((GraphQLNamedType) type).getName());
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	/** An enum value, printed bare in a document and as a string in variables. */
	private record EnumName(String name) {

	}

}
