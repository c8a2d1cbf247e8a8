package org.diplograph.persisted;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * Plugs graphql-java's Apollo persisted query support into the engine, with this
 * application's cache and errors: an unknown hash is the {@code PersistedQueryNotFound}
 * that Apollo Client, urql and Relay-style clients answer by sending the query, and a
 * hash that is not the query's is a BAD_REQUEST.
 */
@Configuration(proxyBeanMethods = false)
class PersistedQueryConfiguration {

	static final String NOT_FOUND_MESSAGE = "PersistedQueryNotFound";

	@Bean
	GraphQlSourceBuilderCustomizer persistedQuerySupport(PersistedQueries cache) {
		ApolloPersistedQuerySupport support = new ApolloPersistedQuerySupport(cache) {
			@Override
			protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
				return new PreparsedDocumentEntry(toGraphQlError(error));
			}
		};
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(support));
	}

	static GraphQLError toGraphQlError(PersistedQueryError error) {
		if (error instanceof PersistedQueryIdInvalid invalid) {
			return GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message("extensions.persistedQuery.sha256Hash (" + invalid.getPersistedQueryId()
						+ ") is not the SHA-256 of the query sent with it; send the lowercase hex SHA-256 of the "
						+ "query's UTF-8 bytes.")
				.build();
		}
		Map<String, Object> extensions = new LinkedHashMap<>();
		// the code Apollo Server sends; clients match it or the message
		extensions.put("code", "PERSISTED_QUERY_NOT_FOUND");
		if (error instanceof PersistedQueryNotFound notFound) {
			extensions.put("persistedQueryId", notFound.getPersistedQueryId());
		}
		return GraphqlErrorBuilder.newError()
			.errorType(ErrorType.NOT_FOUND)
			.message(NOT_FOUND_MESSAGE)
			.extensions(extensions)
			.build();
	}

}
