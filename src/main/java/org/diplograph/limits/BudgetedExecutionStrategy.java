package org.diplograph.limits;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;

/**
 * graphql-java's query execution, answered as soon as the request runs out of its
 * {@link Budget}: fields still waiting for a batch load are left unfinished, and those
 * that fail because the request was cancelled fail without an error each, which for a
 * large answer would take longer than the answer.
 */
class BudgetedExecutionStrategy extends AsyncExecutionStrategy {

	BudgetedExecutionStrategy(DataFetcherExceptionHandler exceptionHandler) {
		super(exceptionHandler);
	}

	@Override
	public CompletableFuture<ExecutionResult> execute(ExecutionContext context,
			ExecutionStrategyParameters parameters) {
		CompletableFuture<ExecutionResult> result = super.execute(context, parameters);
		Budget budget = Budget.in(context.getGraphQLContext());
		if (budget == null) {
			return result;
		}
		CompletableFuture<ExecutionResult> stopped = budget.whenStopped()
			.thenApply(BudgetInstrumentation::stoppedResult);
		return result.applyToEither(stopped, Function.identity());
	}

	@Override
	protected <T> void handleValueException(CompletableFuture<T> overallResult, Throwable exception,
			ExecutionContext context) {
		Throwable cause = (exception instanceof CompletionException && exception.getCause() != null)
				? exception.getCause() : exception;
		if (cause instanceof AbortExecutionException && Budget.in(context.getGraphQLContext()) != null
				&& Budget.in(context.getGraphQLContext()).stoppedBy() != null) {
			// graphql-java would add an error per unfinished object, each copying all
			// before it
			overallResult.complete(null);
			return;
		}
		super.handleValueException(overallResult, exception, context);
	}

}
