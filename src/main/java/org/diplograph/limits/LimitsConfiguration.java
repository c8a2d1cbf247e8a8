package org.diplograph.limits;

import java.util.Collection;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
	Instrumentation maxComplexityInstrumentation(LimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation((int) limits.maxComplexity(), complexity(limits.listFanOut())) {
			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
						: super.beginExecuteOperation(parameters, state);
			}

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return new LimitExceededException("The query would fetch too much: its estimated cost is " + complexity
						+ ", at most " + maxComplexity + " is allowed (diplograph.limits.max-complexity); "
						+ "ask for smaller pages or fewer nested lists.");
			}
		};
	}

	@Bean
	Instrumentation deadlineInstrumentation(LimitsProperties limits) {
		return new DeadlineInstrumentation(limits.requestTimeout());
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

	/**
	 * A field costs 1 plus its selections, times how many items it returns: the page size
	 * of a paged field, the number of IDs asked for, or the fan-out estimate for other
	 * lists.
	 */
	static FieldComplexityCalculator complexity(int listFanOut) {
		return (env, childComplexity) -> {
			Map<String, Object> arguments = env.getArguments();
			int items = 1;
			if (arguments.containsKey("first") || arguments.containsKey("last")
					|| isPaged(env.getFieldDefinition().getArguments())) {
				Object size = (arguments.get("first") != null) ? arguments.get("first") : arguments.get("last");
				items = (size instanceof Integer given) ? Math.max(given, 1) : Limits.DEFAULT_PAGE_SIZE;
			}
			else if (arguments.get("ids") instanceof Collection<?> ids) {
				items = Math.max(ids.size(), 1);
			}
			else if (isList(env.getFieldDefinition().getType()) && !env.getField().getName().equals("edges")) {
				items = listFanOut;
			}
			return (int) Math.min(Integer.MAX_VALUE / 2, 1L + (long) items * childComplexity);
		};
	}

	private static boolean isPaged(java.util.List<graphql.schema.GraphQLArgument> arguments) {
		return arguments.stream().anyMatch((argument) -> argument.getName().equals("first"));
	}

	private static boolean isList(GraphQLType type) {
		GraphQLType unwrapped = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		return unwrapped instanceof GraphQLList;
	}

}
