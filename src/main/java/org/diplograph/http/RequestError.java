package org.diplograph.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A request the GraphQL endpoint refuses before running anything: answered with its HTTP
 * status and a GraphQL response holding one error and no data.
 */
final class RequestError extends Exception {

	private final HttpStatus status;

	private final HttpHeaders headers = new HttpHeaders();

	RequestError(HttpStatus status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	RequestError header(String name, String value) {
		this.headers.add(name, value);
		return this;
	}

	ServerResponse toResponse(MediaType contentType) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", getMessage());
		error.put("extensions", Map.of("classification", ErrorType.BAD_REQUEST.name()));
		return ServerResponse.status(this.status)
			.headers((headers) -> headers.addAll(this.headers))
			.contentType(contentType)
			.body(Map.of("errors", List.of(error)));
	}

}
