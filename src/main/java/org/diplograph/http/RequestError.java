package org.diplograph.http;

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
		return ServerResponse.status(this.status)
			.headers((headers) -> headers.addAll(this.headers))
			.contentType(contentType)
			.body(ErrorBodies.of(this.status, getMessage()));
	}

}
