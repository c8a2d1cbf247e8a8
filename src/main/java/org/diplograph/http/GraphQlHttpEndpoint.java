package org.diplograph.http;

import java.net.URI;
import java.util.List;

import jakarta.servlet.ServletException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.persisted.PersistedQueries;

import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL endpoint as the GraphQL-over-HTTP spec describes it: checks the method, the
 * media types and the parameters of a request, answering what is wrong with a 4xx status
 * and a GraphQL error, and hands a well-formed request to Spring for GraphQL's handler,
 * which runs it.
 */
final class GraphQlHttpEndpoint {

	private static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";

	private final GraphQlHttpHandler handler;

	private final JsonMapper json;

	private final ObjectReader reader;

	private final PersistedQueries persistedQueries;

	GraphQlHttpEndpoint(GraphQlHttpHandler handler, JsonMapper json, PersistedQueries persistedQueries) {
		this.handler = handler;
		this.json = json;
		this.persistedQueries = persistedQueries;
		// big decimals keep every digit of a Float variable until the schema coerces it
		this.reader = json.readerFor(JsonNode.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
	}

	/**
	 * {@code GET /graphql?query=...}: queries only, a mutation is a 405. A browser
	 * opening the endpoint itself, with no query, is sent to GraphiQL.
	 */
	ServerResponse get(ServerRequest request) throws ServletException {
		if (isBrowserNavigation(request)) {
			return ServerResponse.status(HttpStatus.FOUND)
				.location(URI.create(request.servletRequest().getContextPath() + "/graphiql"))
				.header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
				.build();
		}
		MediaType responseType = MediaType.APPLICATION_JSON;
		try {
			responseType = ResponseMediaType.of(request);
			GraphQlRequestParameters parameters = GraphQlRequestParameters.fromQueryParameters(request, this.reader);
			if (!parameters.isQuery(this.persistedQueries::document)) {
				throw new RequestError(HttpStatus.METHOD_NOT_ALLOWED,
						"Only queries can be sent with GET; send mutations and subscriptions with POST.")
					.header(HttpHeaders.ALLOW, HttpMethod.POST.name());
			}
			return execute(request, parameters, responseType);
		}
		catch (RequestError error) {
			return error.toResponse(responseType);
		}
	}

	/** {@code POST /graphql} with a JSON body. */
	ServerResponse post(ServerRequest request) throws ServletException {
		MediaType responseType = MediaType.APPLICATION_JSON;
		try {
			responseType = ResponseMediaType.of(request);
			String body = RequestBody.read(request);
			if (body.isBlank()) {
				throw new RequestError(HttpStatus.BAD_REQUEST,
						"The request body is empty; send a JSON object with the GraphQL document in query.");
			}
			return execute(request, GraphQlRequestParameters.fromBody(parse(body)), responseType);
		}
		catch (RequestError error) {
			return error.toResponse(responseType);
		}
	}

	/** OPTIONS lists the methods; any other method but GET, HEAD and POST is a 405. */
	ServerResponse otherMethod(ServerRequest request) {
		if (HttpMethod.OPTIONS.equals(request.method())) {
			return ServerResponse.noContent().header(HttpHeaders.ALLOW, ALLOWED_METHODS).build();
		}
		MediaType responseType;
		try {
			responseType = ResponseMediaType.of(request);
		}
		catch (RequestError ex) {
			responseType = MediaType.APPLICATION_JSON;
		}
		return new RequestError(HttpStatus.METHOD_NOT_ALLOWED,
				"The GraphQL endpoint takes GET for queries and POST for any operation.")
			.header(HttpHeaders.ALLOW, ALLOWED_METHODS)
			.toResponse(responseType);
	}

	private ServerResponse execute(ServerRequest request, GraphQlRequestParameters parameters, MediaType responseType)
			throws ServletException {
		byte[] body = this.json.writeValueAsBytes(parameters.toMap());
		ServerRequest post = ServerRequest.from(request).method(HttpMethod.POST).headers((headers) -> {
			headers.setContentType(MediaType.APPLICATION_JSON);
			headers.setContentLength(body.length);
			// exactly one type, so that the handler answers with the one chosen here
			headers.setAccept(List.of(responseType));
		}).body(body).build();
		return this.handler.handleRequest(post);
	}

	/** A page load: no GraphQL parameters, and HTML named in the Accept header. */
	private static boolean isBrowserNavigation(ServerRequest request) {
		String parameters = request.servletRequest().getQueryString();
		if (parameters != null && !parameters.isEmpty()) {
			return false;
		}
		try {
			return request.headers()
				.accept()
				.stream()
				.anyMatch((range) -> MediaType.TEXT_HTML.equalsTypeAndSubtype(range) && range.getQualityValue() > 0);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private JsonNode parse(String body) throws RequestError {
		try {
			return this.reader.readTree(body);
		}
		catch (JacksonException ex) {
			TokenStreamLocation location = ex.getLocation();
			String where = (location != null && location.getLineNr() > 0)
					? " (at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")" : "";
			throw new RequestError(HttpStatus.BAD_REQUEST, "The request body is not valid JSON" + where + ".");
		}
	}

}
