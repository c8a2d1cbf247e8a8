package org.diplograph.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How error messages name types and values in a user's words rather than Java's: what a
 * scalar expects, what a JSON value is, and nothing left of a Java class or a
 * graphql-java object.
 */
final class Wording {

	private static final Pattern CLASS_NAME = Pattern.compile("'(LinkedHashMap|HashMap|Map|ArrayList|List|Double|Float"
			+ "|BigDecimal|Integer|Long|Short|BigInteger|Boolean|String)'");

	private static final Pattern AST_VALUE = Pattern.compile(
			"'?\\b(IntValue|FloatValue|StringValue|BooleanValue|EnumValue|NullValue|ObjectValue|ArrayValue|VariableReference)\\{");

	private Wording() {
	}

	/** What a value of a scalar type looks like, to end "give ...". */
	static String expected(String typeName) {
		return switch (typeName) {
			case "Int" -> "a whole number from -2147483648 to 2147483647";
			case "Float" -> "a number";
			case "String" -> "text in double quotes";
			case "ID" -> "an ID in double quotes, such as \"actor:haluk-gorgun\"";
			case "Boolean" -> "true or false";
			default -> "a " + typeName + " value";
		};
	}

	/** "a" or "an" before a type name. */
	static String article(String word) {
		return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
	}

	/** What a Java value class of graphql-java's messages is, in JSON words. */
	static String kindOf(String className) {
		return switch (className) {
			case "LinkedHashMap", "HashMap", "Map" -> "an object";
			case "ArrayList", "List" -> "a list";
			case "Double", "Float", "BigDecimal" -> "a number with a fraction";
			case "Integer", "Long", "Short", "BigInteger" -> "a whole number";
			case "Boolean" -> "true or false";
			case "String" -> "text";
			default -> "a value";
		};
	}

	/**
	 * Replaces what is left of Java in a message: a value printed as a graphql-java
	 * object, or a Java class name.
	 */
	static String scrub(String message) {
		StringBuilder out = new StringBuilder();
		Matcher ast = AST_VALUE.matcher(message);
		int at = 0;
		while (ast.find(at)) {
			out.append(message, at, ast.start()).append("the value given");
			int depth = 0;
			int end = ast.end() - 1;
			for (; end < message.length(); end++) {
				depth += (message.charAt(end) == '{') ? 1 : (message.charAt(end) == '}') ? -1 : 0;
				if (depth == 0) {
					break;
				}
			}
			at = Math.min(message.length(), end + 1);
			if (at < message.length() && message.charAt(at) == '\'' && message.charAt(ast.start()) == '\'') {
				at++;
			}
		}
		out.append(message.substring(at));
		Matcher className = CLASS_NAME.matcher(out.toString());
		StringBuilder words = new StringBuilder();
		while (className.find()) {
			className.appendReplacement(words, Matcher.quoteReplacement(kindOf(className.group(1))));
		}
		className.appendTail(words);
		return words.toString();
	}

}
