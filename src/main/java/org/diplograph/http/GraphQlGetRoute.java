package org.diplograph.http;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /graphql?query=...&variables=...&operationName=...} for queries, as the
 * GraphQL-over-HTTP spec describes, so front ends and caches can use plain URLs. A GET
 * never runs a mutation: that is a 405 telling the client to POST. The request then goes
 * through the same handler as a POST.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlGetRoute {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRouterFunction(@Value("${spring.graphql.http.path:/graphql}") String path,
			GraphQlHttpHandler handler, JsonMapper json) {
		return RouterFunctions.route().GET(path, (request) -> handle(request, handler, json)).build();
	}

	private static ServerResponse handle(ServerRequest request, GraphQlHttpHandler handler, JsonMapper json)
			throws Exception {
		String query = request.param("query").orElse(null);
		if (query == null || query.isBlank()) {
			return error(HttpStatus.BAD_REQUEST, "A GET request needs the GraphQL document in the query parameter.");
		}
		String operationName = request.param("operationName").filter((name) -> !name.isBlank()).orElse(null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("operationName", operationName);
		try {
			body.put("variables", jsonObject(json, request.param("variables").orElse(null)));
			body.put("extensions", jsonObject(json, request.param("extensions").orElse(null)));
		}
		catch (JacksonException | ClassCastException ex) {
			return error(HttpStatus.BAD_REQUEST, "The variables and extensions parameters must be JSON objects.");
		}
		if (!isQuery(query, operationName)) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "POST")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("errors", java.util.List.of(Map.of("message",
						"Only queries can be sent with GET; send mutations and subscriptions with POST."))));
		}
		ServerRequest post = ServerRequest.from(request)
			.method(HttpMethod.POST)
			.headers((headers) -> headers.setContentType(MediaType.APPLICATION_JSON))
			.body(json.writeValueAsString(body))
			.build();
		return handler.handleRequest(post);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> jsonObject(JsonMapper json, String value) {
		return (value == null || value.isBlank()) ? null : (Map<String, Object>) json.readValue(value, Map.class);
	}

	/**
	 * Whether the operation to run is a query; a document that does not parse is left to
	 * the handler to report.
	 */
	private static boolean isQuery(String query, String operationName) {
		Document document;
		try {
			document = Parser.parse(query);
		}
		catch (InvalidSyntaxException ex) {
			return true;
		}
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
			.allMatch((operation) -> operation.getOperation() == OperationDefinition.Operation.QUERY);
	}

	private static ServerResponse error(HttpStatus status, String message) {
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", java.util.List.of(Map.of("message", message))));
	}

}
