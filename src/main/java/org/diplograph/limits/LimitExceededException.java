package org.diplograph.limits;

import graphql.execution.AbortExecutionException;

/**
 * A request over one of the limits: refused before it runs ({@link LimitsInterceptor}
 * classifies it as a BAD_REQUEST), or stopped while it runs by its {@link Budget}.
 */
class LimitExceededException extends AbortExecutionException {

	LimitExceededException(String message) {
		super(message);
	}

}
