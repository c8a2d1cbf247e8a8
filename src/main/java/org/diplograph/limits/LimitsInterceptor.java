package org.diplograph.limits;

import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Enforces the limits around execution: refuses an oversized document before parsing it,
 * stops a request that runs past the timeout, and classifies every refusal by a limit as
 * a BAD_REQUEST that names the limit and its property.
 */
@Component
class LimitsInterceptor implements WebGraphQlInterceptor {

	private static final Pattern TOKENS = Pattern.compile("More than ([\\d,]+) '?grammar'? tokens");

	private static final Pattern CHARACTERS = Pattern.compile("More than ([\\d,]+) characters");

	private final LimitsProperties limits;

	LimitsInterceptor(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String document = request.getDocument();
		if (document != null && document.length() > this.limits.maxDocumentLength()) {
			return Mono.just(refusal(request, "The query is " + document.length() + " characters long; at most "
					+ this.limits.maxDocumentLength() + " are allowed (diplograph.limits.max-document-length)."));
		}
		return chain.next(request)
			.timeout(this.limits.requestTimeout())
			.onErrorResume(TimeoutException.class,
					(ex) -> Mono.just(refusal(request, DeadlineInstrumentation.message(this.limits.requestTimeout()))))
			.map(this::classifyRefusals);
	}

	private WebGraphQlResponse classifyRefusals(WebGraphQlResponse response) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		boolean timedOut = errors.stream()
			.anyMatch((error) -> error.getMessage().startsWith(DeadlineInstrumentation.MESSAGE));
		if (errors.stream().noneMatch(LimitsInterceptor::isRefusal) && !timedOut) {
			return response;
		}
		List<GraphQLError> classified = new java.util.ArrayList<>();
		boolean timeoutReported = false;
		for (GraphQLError error : errors) {
			boolean timeout = error.getMessage().startsWith(DeadlineInstrumentation.MESSAGE);
			// every field the deadline stopped reports it; once is enough
			if (!timeout || !timeoutReported) {
				classified.add(asBadRequest(error));
			}
			timeoutReported |= timeout;
		}
		return response.transform((builder) -> builder.errors(classified));
	}

	private static boolean isRefusal(GraphQLError error) {
		return error.getErrorType() == ErrorType.ExecutionAborted || (error.getErrorType() == ErrorType.InvalidSyntax
				&& (TOKENS.matcher(error.getMessage()).find() || CHARACTERS.matcher(error.getMessage()).find()));
	}

	private GraphQLError asBadRequest(GraphQLError error) {
		if (!isRefusal(error)) {
			return error;
		}
		String message = error.getMessage();
		Matcher tokens = TOKENS.matcher(message);
		if (tokens.find()) {
			message = "The query has more than " + this.limits.maxTokens() + " tokens; at most "
					+ this.limits.maxTokens() + " are allowed (diplograph.limits.max-tokens).";
		}
		Matcher characters = CHARACTERS.matcher(message);
		if (characters.find()) {
			message = "The query is longer than " + characters.group(1)
					+ " characters (diplograph.limits.max-document-length).";
		}
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
			.build();
	}

	private static WebGraphQlResponse refusal(WebGraphQlRequest request, String message) {
		GraphQLError error = GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
			.build();
		ExecutionGraphQlResponse response = new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
				graphql.ExecutionResult.newExecutionResult().addError(error).build());
		return new WebGraphQlResponse(response);
	}

}
