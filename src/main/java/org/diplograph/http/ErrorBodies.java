package org.diplograph.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;

/**
 * The body of every error the server answers outside GraphQL execution: a GraphQL
 * response with one error, its message and a classification matching the HTTP status.
 */
final class ErrorBodies {

	private ErrorBodies() {
	}

	static Map<String, Object> of(HttpStatus status, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("classification", classification(status).name()));
		return Map.of("errors", List.of(error));
	}

	static byte[] json(HttpStatus status, String message) {
		return JsonMapper.shared().writeValueAsBytes(of(status, message));
	}

	static ErrorType classification(HttpStatus status) {
		return switch (status) {
			case UNAUTHORIZED -> ErrorType.UNAUTHORIZED;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			default -> status.is4xxClientError() ? ErrorType.BAD_REQUEST : ErrorType.INTERNAL_ERROR;
		};
	}

	/** What a status means to a client, when nothing more precise is known. */
	static String describe(HttpStatus status, String method, String path) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at " + path
					+ "; the GraphQL API is at /graphql, GraphiQL at /graphiql and the schema at /graphql/schema.";
			case METHOD_NOT_ALLOWED -> method + " is not allowed on " + path + "; the Allow header lists what is.";
			case NOT_ACCEPTABLE -> path + " cannot answer in any of the media types the Accept header lists.";
			case UNSUPPORTED_MEDIA_TYPE -> path + " does not take a body of this Content-Type.";
			case CONTENT_TOO_LARGE -> "The request body is too large.";
			case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request line or headers are too large (at most "
					+ "server.max-http-request-header-size, 8 KB by default); send long queries with POST.";
			case BAD_REQUEST -> "The request could not be read: its request line or headers are malformed, or "
					+ "larger than server.max-http-request-header-size (8 KB by default); send long queries with POST.";
			default -> status.is4xxClientError() ? "The request was refused (HTTP " + status.value() + ")."
					: "The server failed to answer (HTTP " + status.value() + "); it has been logged.";
		};
	}

}
