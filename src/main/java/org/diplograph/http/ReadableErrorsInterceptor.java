package org.diplograph.http;

import java.util.List;

import graphql.ErrorType;
import graphql.GraphQLError;
import reactor.core.publisher.Mono;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Rewrites the validation and variable errors of every response with
 * {@link ReadableErrors}; suggestions of names only while introspection is on.
 */
@Component
class ReadableErrorsInterceptor implements WebGraphQlInterceptor {

	private final GraphQlSource source;

	private final boolean introspection;

	ReadableErrorsInterceptor(GraphQlSource source, GraphQlProperties properties) {
		this.source = source;
		this.introspection = properties.getSchema().getIntrospection().isEnabled();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return chain.next(request).map((response) -> {
			List<GraphQLError> errors = response.getExecutionResult().getErrors();
			if (errors.stream().noneMatch((error) -> error.getErrorType() == ErrorType.ValidationError)) {
				return response;
			}
			ReadableErrors readable = new ReadableErrors(this.source.schema(), this.introspection,
					request.getDocument(), request.getVariables());
			List<GraphQLError> rewritten = errors.stream()
				.map((error) -> (error.getErrorType() == ErrorType.ValidationError) ? readable.rewrite(error) : error)
				.toList();
			return response.transform((builder) -> builder.errors(rewritten));
		});
	}

}
