package org.diplograph.limits;

import java.util.List;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.validation.ValidationError;

/**
 * Refuses a document with more aliases than allowed: aliases multiply the work of one
 * field.
 */
class MaxAliasesInstrumentation extends SimplePerformantInstrumentation {

	private final int maxAliases;

	MaxAliasesInstrumentation(int maxAliases) {
		this.maxAliases = maxAliases;
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		int aliases = countAliases(parameters.getDocument());
		if (aliases > this.maxAliases) {
			throw new LimitExceededException("The query has " + aliases + " aliases; at most " + this.maxAliases
					+ " are allowed (diplograph.limits.max-aliases).");
		}
		return SimpleInstrumentationContext.noOp();
	}

	static int countAliases(Document document) {
		int[] count = { 0 };
		visit(document, count);
		return count[0];
	}

	private static void visit(Node<?> node, int[] count) {
		if (node instanceof Field field && field.getAlias() != null) {
			count[0]++;
		}
		for (Node<?> child : node.getChildren()) {
			visit(child, count);
		}
	}

}
