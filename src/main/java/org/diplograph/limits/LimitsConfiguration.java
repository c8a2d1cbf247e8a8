package org.diplograph.limits;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.parser.ParserOptions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The limits on what one request may ask for, as graphql-java instrumentations and parser
 * options.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	LimitsConfiguration(LimitsProperties limits) {
		// graphql-java reads its parser limits from a process-wide default
		ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(limits.maxTokens()).maxCharacters(limits.maxDocumentLength())));
	}

	@Bean
	Instrumentation maxDepthInstrumentation(LimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return new LimitExceededException("The query is " + depth + " levels deep; at most " + maxDepth
						+ " are allowed (diplograph.limits.max-depth).");
			}
		};
	}

	@Bean
	Instrumentation costInstrumentation(ObjectProvider<FieldCosts> costs, LimitsProperties limits) {
		return new CostInstrumentation(costs.orderedStream().toList(), limits);
	}

	@Bean
	Instrumentation budgetInstrumentation(LimitsProperties limits) {
		return new BudgetInstrumentation(limits);
	}

	@Bean
	GraphQlSourceBuilderCustomizer budgetedExecution(ObjectProvider<DataFetcherExceptionResolver> resolvers) {
		return (builder) -> builder.configureGraphQl((graphQl) -> {
			// the same resolvers Spring for GraphQL's own handler uses, behind a shortcut
			DataFetcherExceptionHandler handler = new StoppedRequestExceptionHandler(
					DataFetcherExceptionResolver.createExceptionHandler(resolvers.orderedStream().toList()));
			graphQl.defaultDataFetcherExceptionHandler(handler)
				.queryExecutionStrategy(new BudgetedExecutionStrategy(handler));
		});
	}

	/**
	 * Spring MVC's wait for an asynchronous answer, a little longer than the request
	 * timeout: a GraphQL answer is asynchronous now, and the budget's own answer comes at
	 * the deadline, whereas Tomcat's default of 30 s would cut off a request with a
	 * longer timeout with a bare 503.
	 */
	@Bean
	WebMvcConfigurer asyncAnswerTimeout(LimitsProperties limits) {
		return new WebMvcConfigurer() {
			@Override
			public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
				configurer.setDefaultTimeout(limits.requestTimeout().plusSeconds(2).toMillis());
			}
		};
	}

	@Bean
	Instrumentation maxAliasesInstrumentation(LimitsProperties limits) {
		return new MaxAliasesInstrumentation(limits.maxAliases());
	}

	/**
	 * Whether the operation asks only for the schema ({@code __schema}, {@code __type}):
	 * GraphiQL's introspection query is deeper than any data query needs to be, and its
	 * size is bounded by the schema, not by the data.
	 */
	static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
		return parameters.getExecutionContext()
			.getOperationDefinition()
			.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch((selection) -> selection instanceof Field field && field.getName().startsWith("__"));
	}

}
