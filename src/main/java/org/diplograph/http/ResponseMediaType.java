package org.diplograph.http;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Chooses the media type of a GraphQL response from the request's Accept header, as the
 * GraphQL-over-HTTP spec describes it.
 */
final class ResponseMediaType {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.APPLICATION_GRAPHQL_RESPONSE;

	private ResponseMediaType() {
	}

	/**
	 * The response type: application/graphql-response+json when the client names it and
	 * prefers it at least as much as application/json; application/json when it accepts
	 * that, or sends no Accept header; otherwise a 406.
	 */
	static MediaType of(ServerRequest request) throws RequestError {
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

	private static RequestError notAcceptable() {
		return new RequestError(HttpStatus.NOT_ACCEPTABLE,
				"The GraphQL endpoint answers with application/graphql-response+json or application/json; "
						+ "accept one of them.");
	}

}
