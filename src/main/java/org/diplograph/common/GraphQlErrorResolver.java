package org.diplograph.common;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors a client can act on: bad input is a BAD_REQUEST
 * with its message; anything else is an INTERNAL_ERROR that reveals nothing of the
 * server.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(GraphQlErrorResolver.class);

	GraphQlErrorResolver() {
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof BadRequestException) {
			return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
		}
		if (ex instanceof AbortExecutionException) {
			// a request over one of its limits: the limits answer it with one error
			return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
		}
		if (ex instanceof DataAccessResourceFailureException) {
			logger.warn("Database unavailable while fetching {}: {}", env.getExecutionStepInfo().getPath(),
					ex.getMessage());
			return GraphqlErrorBuilder.newError(env)
				.errorType(UnavailableError.UNAVAILABLE)
				.message("The database is unavailable; try again shortly.")
				.build();
		}
		logger.error("Failed to fetch {}", env.getExecutionStepInfo().getPath(), ex);
		return error(env, ErrorType.INTERNAL_ERROR,
				"Internal error while fetching " + env.getExecutionStepInfo().getPath() + "; it has been logged.");
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
	}

	/** A classification for a dependency that is down. */
	enum UnavailableError implements graphql.ErrorClassification {

		UNAVAILABLE

	}

}
