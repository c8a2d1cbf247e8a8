package org.diplograph.http;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * The parameters of a GraphQL-over-HTTP request, checked for their types: {@code query} a
 * string, {@code operationName} a string or null, {@code variables} and
 * {@code extensions} JSON objects or null.
 */
record GraphQlRequestParameters(String query, String operationName, JsonNode variables, JsonNode extensions) {

	/** The parameters of a POST, from its JSON body. */
	static GraphQlRequestParameters fromBody(JsonNode body) throws RequestError {
		if (body == null || !body.isObject()) {
			throw badRequest("The request body must be a JSON object such as {\"query\": \"{ __typename }\"}; "
					+ "batches of operations are not supported.");
		}
		JsonNode query = body.get("query");
		if (query == null || query.isNull()) {
			throw badRequest("The request body needs the GraphQL document as a string in query.");
		}
		if (!query.isString()) {
			throw badRequest("query must be a string holding the GraphQL document.");
		}
		JsonNode operationName = body.get("operationName");
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			throw badRequest("operationName must be a string or null.");
		}
		return new GraphQlRequestParameters(query.stringValue(),
				isNull(operationName) ? null : operationName.stringValue(), object("variables", body.get("variables")),
				object("extensions", body.get("extensions")));
	}

	/** The parameters of a GET, from its URL query parameters. */
	static GraphQlRequestParameters fromQueryParameters(ServerRequest request, ObjectReader json) throws RequestError {
		String query;
		String operationName;
		String variables;
		String extensions;
		try {
			query = request.param("query").orElse(null);
			operationName = request.param("operationName").filter((name) -> !name.isBlank()).orElse(null);
			variables = request.param("variables").orElse(null);
			extensions = request.param("extensions").orElse(null);
		}
		catch (IllegalStateException ex) {
			// the servlet container could not decode the query string
			throw badRequest("The URL query string is not valid: encode each parameter as UTF-8 with %XX escapes.");
		}
		if (query == null || query.isBlank()) {
			throw badRequest("A GET request needs the GraphQL document in the query parameter.");
		}
		return new GraphQlRequestParameters(query, operationName,
				object("variables", parse(json, "variables", variables)),
				object("extensions", parse(json, "extensions", extensions)));
	}

	/**
	 * Whether the operation to run is a query; a document that does not parse, or that
	 * names no operation {@code operationName} matches, is left to the GraphQL engine to
	 * report.
	 */
	boolean isQuery() {
		Document document;
		try {
			document = Parser.parse(this.query);
		}
		catch (RuntimeException ex) {
			return true;
		}
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((operation) -> this.operationName == null || this.operationName.equals(operation.getName()))
			.allMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.QUERY);
	}

	/** The request body Spring for GraphQL reads. */
	Map<String, Object> toMap() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", this.query);
		body.put("operationName", this.operationName);
		body.put("variables", this.variables);
		body.put("extensions", this.extensions);
		return body;
	}

	private static JsonNode parse(ObjectReader json, String name, String value) throws RequestError {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return json.readTree(value);
		}
		catch (JacksonException ex) {
			throw badRequest("The " + name + " parameter is not valid JSON; send a JSON object.");
		}
	}

	private static JsonNode object(String name, JsonNode value) throws RequestError {
		if (isNull(value)) {
			return null;
		}
		if (!value.isObject()) {
			throw badRequest(name + " must be a JSON object or null.");
		}
		return value;
	}

	private static boolean isNull(JsonNode value) {
		return value == null || value.isNull() || value.isMissingNode();
	}

	private static RequestError badRequest(String message) {
		return new RequestError(HttpStatus.BAD_REQUEST, message);
	}

}
