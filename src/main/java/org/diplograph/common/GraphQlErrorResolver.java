package org.diplograph.common;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions into GraphQL errors a client can act on: bad input is a BAD_REQUEST
 * with its message; a mutation without a token is UNAUTHORIZED and one without the scope
 * FORBIDDEN, each naming the scope needed; a lost race is a CONFLICT with the current
 * revision; anything else is an INTERNAL_ERROR that reveals nothing of the server. Ahead
 * of Spring's own security resolver, whose messages say less.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger logger = LoggerFactory.getLogger(GraphQlErrorResolver.class);

	private static final Pattern SCOPE = Pattern.compile("SCOPE_([\\w:.-]+)");

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
		if (ex instanceof AccessDeniedException denied) {
			return accessDenied(env, denied);
		}
		if (ex instanceof ConflictException conflict) {
			GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError(env)
				.errorType(WriteError.CONFLICT)
				.message(conflict.getMessage());
			if (conflict.currentRevision() != null) {
				builder.extensions(Map.of("currentRevision", conflict.currentRevision()));
			}
			return builder.build();
		}
		if (ex instanceof NotFoundException) {
			return error(env, ErrorType.NOT_FOUND, ex.getMessage());
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

	/**
	 * No token: UNAUTHORIZED; a token without the scope: FORBIDDEN. Both name the scope,
	 * and neither depends on what the mutation would have touched.
	 */
	private static GraphQLError accessDenied(DataFetchingEnvironment env, AccessDeniedException ex) {
		String scope = requiredScope(ex);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String field = env.getField().getName();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return error(env, ErrorType.UNAUTHORIZED,
					field + " needs a token with scope " + scope
							+ ": send the header Authorization: Bearer <token> (the local editor token is in the file "
							+ "editor-token of the data directory, or use a JWT from your identity provider).");
		}
		return error(env, ErrorType.FORBIDDEN, field + " needs the scope " + scope + ", which the token of "
				+ authentication.getName() + " does not carry; ask an administrator for it.");
	}

	private static String requiredScope(AccessDeniedException ex) {
		if (ex instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision) {
			Matcher matcher = SCOPE.matcher(decision.getExpression().getExpressionString());
			if (matcher.find()) {
				return matcher.group(1);
			}
		}
		return "diplograph:edit";
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
	}

	/** A classification for a write that lost a race. */
	enum WriteError implements graphql.ErrorClassification {

		CONFLICT

	}

	/** A classification for a dependency that is down. */
	enum UnavailableError implements graphql.ErrorClassification {

		UNAVAILABLE

	}

}
