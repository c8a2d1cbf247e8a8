package org.diplograph.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

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
 * string (or absent when {@code extensions.persistedQuery} names it by its hash),
 * {@code operationName} a string or null, {@code variables} and {@code extensions} JSON
 * objects or null.
 */
record GraphQlRequestParameters(String query, String operationName, JsonNode variables, JsonNode extensions) {

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	/** The parameters of a POST, from its JSON body. */
	static GraphQlRequestParameters fromBody(JsonNode body) throws RequestError {
		if (body == null || !body.isObject()) {
			throw badRequest("The request body must be a JSON object such as {\"query\": \"{ __typename }\"}; "
					+ "batches of operations are not supported.");
		}
		JsonNode extensions = object("extensions", body.get("extensions"));
		boolean persisted = persistedQueryHash(extensions) != null;
		JsonNode query = body.get("query");
		if ((query == null || query.isNull()) && !persisted) {
			throw badRequest("The request body needs the GraphQL document as a string in query.");
		}
		if (!isNull(query) && !query.isString()) {
			throw badRequest("query must be a string holding the GraphQL document.");
		}
		JsonNode operationName = body.get("operationName");
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			throw badRequest("operationName must be a string or null.");
		}
		return new GraphQlRequestParameters(isNull(query) ? null : query.stringValue(),
				isNull(operationName) ? null : operationName.stringValue(), object("variables", body.get("variables")),
				extensions);
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
		JsonNode extensionsObject = object("extensions", parse(json, "extensions", extensions));
		boolean persisted = persistedQueryHash(extensionsObject) != null;
		if ((query == null || query.isBlank()) && !persisted) {
			throw badRequest("A GET request needs the GraphQL document in the query parameter.");
		}
		return new GraphQlRequestParameters((query == null || query.isBlank()) ? null : query, operationName,
				object("variables", parse(json, "variables", variables)), extensionsObject);
	}

	/**
	 * The hash of an automatic persisted query ({@code extensions.persistedQuery}, the
	 * Apollo protocol), checked for its form; null when the request is not one.
	 */
	static String persistedQueryHash(JsonNode extensions) throws RequestError {
		JsonNode persisted = (extensions != null) ? extensions.get("persistedQuery") : null;
		if (isNull(persisted)) {
			return null;
		}
		JsonNode version = persisted.get("version");
		JsonNode hash = persisted.get("sha256Hash");
		if (!persisted.isObject() || version == null || !version.isIntegralNumber() || version.asInt() != 1) {
			throw badRequest("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<hex SHA-256 of the "
					+ "query>\"}; version 1 is the only one supported.");
		}
		if (hash == null || !hash.isString() || !SHA256_HEX.matcher(hash.stringValue()).matches()) {
			throw badRequest("extensions.persistedQuery.sha256Hash must be the SHA-256 of the query as 64 lowercase "
					+ "hex digits.");
		}
		return hash.stringValue();
	}

	/** The hash of an automatic persisted query, or null. */
	String persistedQueryHash() {
		try {
			return persistedQueryHash(this.extensions);
		}
		catch (RequestError ex) {
			return null;
		}
	}

	/**
	 * Whether the operation to run is a query; a document that does not parse, or that
	 * names no operation {@code operationName} matches, is left to the GraphQL engine to
	 * report. A persisted query sent by its hash alone is looked up in {@code persisted}.
	 */
	boolean isQuery(Function<String, Optional<Document>> persisted) {
		Document document;
		if (this.query == null) {
			String hash = persistedQueryHash();
			Optional<Document> known = (hash != null) ? persisted.apply(hash) : Optional.empty();
			if (known.isEmpty()) {
				// unknown: the engine asks the client for the query
				return true;
			}
			document = known.get();
		}
		else {
			try {
				document = Parser.parse(this.query);
			}
			catch (RuntimeException ex) {
				return true;
			}
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
