package org.diplograph.common;

import graphql.GraphQLContext;

/**
 * What a request may still spend, as the work that runs long on its own sees it: a
 * network being computed, a search, a batch load check it as they go and stop once it has
 * run out. The limits give every request one, in its {@link GraphQLContext}; outside a
 * request it is unlimited.
 */
public interface RequestBudget {

	/** The key of the budget in a request's {@link GraphQLContext}. */
	String CONTEXT_KEY = RequestBudget.class.getName();

	/** The budget of a computation outside any request: never runs out. */
	RequestBudget UNLIMITED = new Unlimited();

	/**
	 * Stops the caller's work when the request is past its deadline or over a limit:
	 * throws an {@link graphql.execution.AbortExecutionException} naming the limit.
	 */
	void check();

	/** Whether the request should stop: past its deadline or over a limit. */
	boolean isExhausted();

	/**
	 * Counts values a computation builds before they reach the answer (the nodes and
	 * edges of a network) against the answer's limit, and stops the caller when they are
	 * too many.
	 */
	void chargeNodes(long count);

	/** The budget of the request with this context; unlimited outside a request. */
	static RequestBudget of(GraphQLContext context) {
		RequestBudget budget = (context != null) ? context.get(CONTEXT_KEY) : null;
		return (budget != null) ? budget : UNLIMITED;
	}

	/**
	 * The budget of the request a DataLoader batch belongs to, from the batch's context
	 * (Spring for GraphQL passes the request's {@link GraphQLContext}).
	 */
	static RequestBudget ofBatch(Object batchContext) {
		return (batchContext instanceof GraphQLContext context) ? of(context) : UNLIMITED;
	}

	/** A budget that never runs out. */
	final class Unlimited implements RequestBudget {

		private Unlimited() {
		}

		@Override
		public void check() {
		}

		@Override
		public boolean isExhausted() {
			return false;
		}

		@Override
		public void chargeNodes(long count) {
		}

	}

}
