package org.diplograph.caching;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Marks a GraphQL answer that carries errors as not to be stored: a BAD_REQUEST may be
 * fixed by the next release of the client, an outage by the next minute, so neither is
 * kept.
 */
@Component
class ErrorAnswersInterceptor implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).doOnNext((response) -> {
			if (!response.getExecutionResult().getErrors().isEmpty()) {
				response.getResponseHeaders().set(HttpHeaders.CACHE_CONTROL, CacheControlFilter.NO_STORE);
			}
		});
	}

}
