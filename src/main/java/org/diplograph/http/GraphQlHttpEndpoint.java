package org.diplograph.http;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

	private static final MediaType GRAPHQL_RESPONSE = MediaType.APPLICATION_GRAPHQL_RESPONSE;

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
			responseType = responseMediaType(request);
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
			responseType = responseMediaType(request);
			Charset charset = requestCharset(request);
			String body = decode(readBody(request), charset);
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
			responseType = responseMediaType(request);
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

	private static byte[] readBody(ServerRequest request) throws RequestError {
		try {
			return request.servletRequest().getInputStream().readAllBytes();
		}
		catch (IOException ex) {
			// a stream cut off by the client, or by a filter enforcing a size limit
			throw new RequestError(HttpStatus.CONTENT_TOO_LARGE,
					"The request body could not be read in full: it is too large or was cut off.");
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

	/**
	 * The response type: application/graphql-response+json when the client names it and
	 * prefers it at least as much as application/json; application/json when it accepts
	 * that, or sends no Accept header; otherwise a 406.
	 */
	static MediaType responseMediaType(ServerRequest request) throws RequestError {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			throw notAcceptable();
		}
		if (accepted.isEmpty()) {
			return MediaType.APPLICATION_JSON;
		}
		double graphQlResponse = quality(accepted, GRAPHQL_RESPONSE);
		double json = quality(accepted, MediaType.APPLICATION_JSON);
		boolean named = accepted.stream().anyMatch(GRAPHQL_RESPONSE::equalsTypeAndSubtype);
		if (graphQlResponse > 0 && named && graphQlResponse >= json) {
			return GRAPHQL_RESPONSE;
		}
		if (json > 0) {
			return MediaType.APPLICATION_JSON;
		}
		if (graphQlResponse > 0) {
			return GRAPHQL_RESPONSE;
		}
		throw notAcceptable();
	}

	/** The quality the most specific accepted range that includes the type gives it. */
	private static double quality(List<MediaType> accepted, MediaType type) {
		int bestSpecificity = -1;
		double quality = 0;
		for (MediaType range : accepted) {
			if (!range.includes(type)) {
				continue;
			}
			int specificity = range.isWildcardType() ? 0 : (range.isWildcardSubtype() ? 1 : 2);
			if (specificity > bestSpecificity) {
				bestSpecificity = specificity;
				quality = range.getQualityValue();
			}
			else if (specificity == bestSpecificity) {
				quality = Math.max(quality, range.getQualityValue());
			}
		}
		return quality;
	}

	private static Charset requestCharset(ServerRequest request) throws RequestError {
		MediaType contentType;
		try {
			contentType = request.headers().contentType().orElse(null);
		}
		catch (InvalidMediaTypeException ex) {
			contentType = null;
		}
		if (contentType == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(contentType)) {
			throw new RequestError(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the request body as JSON with the header Content-Type: application/json.")
				.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
		}
		Charset charset = contentType.getCharset();
		return (charset != null) ? charset : StandardCharsets.UTF_8;
	}

	private static String decode(byte[] body, Charset charset) throws RequestError {
		try {
			return charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new RequestError(HttpStatus.BAD_REQUEST, "The request body is not valid " + charset.name() + ".");
		}
	}

	private static RequestError notAcceptable() {
		return new RequestError(HttpStatus.NOT_ACCEPTABLE,
				"The GraphQL endpoint answers with application/graphql-response+json or application/json; "
						+ "accept one of them.");
	}

}
