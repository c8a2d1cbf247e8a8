package org.diplograph.limits;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.FetchedValue;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;

import org.springframework.graphql.execution.ErrorType;

/**
 * Holds every execution to its {@link Budget} (the one {@link LimitsInterceptor} gave the
 * request, or a new one): before each field it checks the deadline and the values the
 * answer holds so far, as each value completes it counts its text, and once the request
 * runs out it is cancelled, so that graphql-java stops at the next field. The answer of a
 * cancelled request is one error naming the limit and no data: what was built so far is
 * dropped at once.
 */
class BudgetInstrumentation extends SimplePerformantInstrumentation {

	private final LimitsProperties limits;

	BudgetInstrumentation(LimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		GraphQLContext context = parameters.getExecutionInput().getGraphQLContext();
		Budget budget = Budget.in(context);
		if (budget == null) {
			budget = Budget.start(this.limits);
			budget.attachTo(context);
		}
		budget.bind(parameters.getExecutionInput());
		return new State(budget);
	}

	@Override
	public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (state instanceof State current) {
			current.budget()
				.countResultNodes(parameters.getExecutionContext().getResultNodesInfo().getResultNodesCount());
			current.budget().exceededMessage();
		}
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		if (state instanceof State current
				&& FetchedValue.getFetchedValue(parameters.getFetchedObject()) instanceof CharSequence text) {
			current.budget().addCharacters(text.length());
		}
		return null;
	}

	@Override
	public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
			InstrumentationState state) {
		if (state instanceof State current
				&& FetchedValue.getFetchedValue(parameters.getFetchedObject()) instanceof Iterable<?> items) {
			long characters = 0;
			for (Object item : items) {
				if (item instanceof CharSequence text) {
					characters += text.length();
				}
			}
			current.budget().addCharacters(characters);
		}
		return null;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		String exceeded = null;
		if (state instanceof State current) {
			current.budget().finish();
			// a request that finished in time is answered even if the clock passed its
			// deadline since
			exceeded = current.budget().stoppedBy();
		}
		return CompletableFuture.completedFuture((exceeded != null) ? stoppedResult(exceeded) : result);
	}

	/** The answer of a request stopped by a limit: the limit's error, and no data. */
	static ExecutionResult stoppedResult(String message) {
		return ExecutionResult.newExecutionResult()
			.data(null)
			.addError(GraphqlErrorBuilder.newError().message(message).errorType(ErrorType.BAD_REQUEST).build())
			.build();
	}

	private record State(Budget budget) implements InstrumentationState {
	}

}
