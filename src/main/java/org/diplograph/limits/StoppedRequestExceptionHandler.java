package org.diplograph.limits;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import graphql.execution.AbortExecutionException;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;

import org.diplograph.common.RequestBudget;

/**
 * Spring for GraphQL's exception handling, except for the fields of a request that has
 * run out of its budget: each of its unfinished fields fails as it completes, and turning
 * each into an error, or into a null that a non-null field then reports, costs far more
 * than the field itself, while the request has been answered with one error already. Such
 * a field is left unfinished: nothing waits for it, and it is dropped with the request.
 */
class StoppedRequestExceptionHandler implements DataFetcherExceptionHandler {

	private final DataFetcherExceptionHandler delegate;

	StoppedRequestExceptionHandler(DataFetcherExceptionHandler delegate) {
		this.delegate = delegate;
	}

	@Override
	public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
			DataFetcherExceptionHandlerParameters parameters) {
		Throwable exception = parameters.getException();
		if (exception instanceof CompletionException && exception.getCause() != null) {
			exception = exception.getCause();
		}
		if (exception instanceof AbortExecutionException
				&& RequestBudget.of(parameters.getDataFetchingEnvironment().getGraphQlContext()).isExhausted()) {
			return new CompletableFuture<>();
		}
		return this.delegate.handleException(parameters);
	}

}
