package org.diplograph.limits;

import java.util.List;
import java.util.Locale;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses, before it runs, a query whose estimated cost ({@link CostModel}) is over
 * {@code diplograph.limits.max-complexity}, or that has a list argument over its cap.
 * Introspection is exempt: its size is bounded by the schema.
 */
class CostInstrumentation extends SimplePerformantInstrumentation {

	private final CostModel model;

	private final long maxCost;

	CostInstrumentation(List<FieldCosts> costs, LimitsProperties limits) {
		this.model = new CostModel(costs, limits.listFanOut());
		this.maxCost = limits.maxComplexity();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		if (LimitsConfiguration.isIntrospection(parameters)) {
			return null;
		}
		ExecutionContext context = parameters.getExecutionContext();
		long cost = this.model.cost(context.getGraphQLSchema(), context.getDocument(),
				context.getOperationDefinition().getName(), context.getCoercedVariables());
		if (cost > this.maxCost) {
			throw new LimitExceededException("The query would fetch too much: its estimated cost is "
					+ ((cost >= CostModel.CEILING) ? "beyond counting" : String.format(Locale.ROOT, "%,d", cost))
					+ ", at most " + String.format(Locale.ROOT, "%,d", this.maxCost)
					+ " is allowed (diplograph.limits.max-complexity); "
					+ "ask for smaller pages, fewer nested lists or smaller networks.");
		}
		return null;
	}

}
