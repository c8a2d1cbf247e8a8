package org.diplograph.limits;

import java.time.Duration;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

import org.diplograph.common.BadRequestException;

/**
 * Stops a request that runs past its time limit: every field fetched after the deadline
 * fails with a BAD_REQUEST instead of doing more work.
 */
class DeadlineInstrumentation extends SimplePerformantInstrumentation {

	static final String MESSAGE = "The request ran longer than";

	private final Duration timeout;

	DeadlineInstrumentation(Duration timeout) {
		this.timeout = timeout;
	}

	static String message(Duration timeout) {
		return MESSAGE + " " + timeout.toMillis() + " ms (diplograph.limits.request-timeout); ask for less at once.";
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Deadline(System.nanoTime() + this.timeout.toNanos());
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
			InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
		if (!(state instanceof Deadline deadline)) {
			return dataFetcher;
		}
		return (environment) -> {
			if (System.nanoTime() > deadline.nanos()) {
				throw new BadRequestException(message(this.timeout));
			}
			return dataFetcher.get(environment);
		};
	}

	private record Deadline(long nanos) implements InstrumentationState {
	}

}
