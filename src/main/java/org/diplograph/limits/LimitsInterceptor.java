package org.diplograph.limits;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.diplograph.common.Limits;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Enforces the limits around execution: refuses an oversized document before parsing it;
 * gives the request its {@link Budget} and answers as soon as the budget runs out,
 * whatever the execution is doing then; runs executions on their own threads, at most
 * {@code max-concurrent-requests} at once, the others waiting their turn within their
 * deadline; and classifies every refusal by a limit as a BAD_REQUEST that names the limit
 * and its property.
 */
@Component
class LimitsInterceptor implements WebGraphQlInterceptor, DisposableBean {

	/**
	 * How long past the deadline the answer may wait should the budget's timer be late.
	 */
	private static final long GRACE_MILLIS = 1000;

	private static final Pattern TOKENS = Pattern.compile("More than ([\\d,]+) '?grammar'? tokens");

	private static final Pattern CHARACTERS = Pattern.compile("More than ([\\d,]+) characters");

	private final LimitsProperties limits;

	private final Scheduler executions;

	LimitsInterceptor(LimitsProperties limits) {
		this.limits = limits;
		this.executions = Schedulers.newBoundedElastic(limits.maxConcurrentRequests(), Limits.MAX_WAITING_REQUESTS,
				"graphql-execution", 60, true);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String document = request.getDocument();
		if (document != null && document.length() > this.limits.maxDocumentLength()) {
			return Mono.just(refusal(request, "The query is " + document.length() + " characters long; at most "
					+ this.limits.maxDocumentLength() + " are allowed (diplograph.limits.max-document-length)."));
		}
		Budget budget = Budget.start(this.limits);
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(budget.asContext()).build());
		// off the servlet thread, so that the answer can go out while a stopped execution
		// unwinds
		Mono<WebGraphQlResponse> execution = chain.next(request)
			.subscribeOn(this.executions)
			.onErrorResume(RejectedExecutionException.class, (ex) -> Mono.just(busy(request)));
		Mono<WebGraphQlResponse> stopped = Mono.fromFuture(budget.whenStopped(), true)
			.map((message) -> answer(request, BudgetInstrumentation.stoppedResult(message)));
		return Mono.firstWithSignal(execution, stopped)
			.timeout(this.limits.requestTimeout().plusMillis(GRACE_MILLIS))
			.onErrorResume(TimeoutException.class,
					(ex) -> Mono.just(refusal(request, Budget.timeoutMessage(this.limits.requestTimeout()))))
			.map(this::classifyRefusals)
			.doFinally((signal) -> budget.finish());
	}

	@Override
	public void destroy() {
		this.executions.dispose();
	}

	private WebGraphQlResponse classifyRefusals(WebGraphQlResponse response) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.stream().noneMatch(LimitsInterceptor::isRefusal)) {
			return response;
		}
		return response.transform((builder) -> builder.errors(errors.stream().map(this::asBadRequest).toList()));
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
		if (TOKENS.matcher(message).find()) {
			message = "The query has more than " + this.limits.maxTokens() + " tokens; at most "
					+ this.limits.maxTokens() + " are allowed (diplograph.limits.max-tokens).";
		}
		else if (CHARACTERS.matcher(message).find()) {
			message = "The query is longer than " + this.limits.maxDocumentLength()
					+ " characters (diplograph.limits.max-document-length).";
		}
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(org.springframework.graphql.execution.ErrorType.BAD_REQUEST)
			.build();
	}

	private static WebGraphQlResponse refusal(WebGraphQlRequest request, String message) {
		return answer(request, error(message, org.springframework.graphql.execution.ErrorType.BAD_REQUEST));
	}

	private static WebGraphQlResponse busy(WebGraphQlRequest request) {
		return answer(request, error("The server is running as many requests as it takes at once and has as many "
				+ "waiting (diplograph.limits.max-concurrent-requests); try again shortly.", Busy.UNAVAILABLE));
	}

	private static ExecutionResult error(String message, ErrorClassification classification) {
		return ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().message(message).errorType(classification).build())
			.build();
	}

	private static WebGraphQlResponse answer(WebGraphQlRequest request, ExecutionResult result) {
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	/** The classification of a request refused because the server is busy. */
	enum Busy implements ErrorClassification {

		UNAVAILABLE

	}

}
