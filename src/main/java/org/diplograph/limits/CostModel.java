package org.diplograph.limits;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import org.diplograph.common.Limits;

/**
 * Estimates what a query costs before it runs, in result values: a field is one value; a
 * list is its items times what each item holds; a paged connection's {@code edges} hold
 * its page size ({@code first}, {@code last} or the default page), {@code nodes(ids)} the
 * IDs asked for, and every other list the size the feature that serves it knows from the
 * data ({@link FieldCosts}) or {@code list-fan-out}; networks and searches add the work
 * they do. Also refuses list arguments longer than {@link Limits#MAX_LIST_ITEMS}.
 */
final class CostModel {

	/** Estimates stop growing here, far above any limit, so that sums cannot overflow. */
	static final long CEILING = Long.MAX_VALUE / 4;

	private final List<FieldCosts> costs;

	private final int listFanOut;

	CostModel(List<FieldCosts> costs, int listFanOut) {
		this.costs = List.copyOf(costs);
		this.listFanOut = listFanOut;
	}

	/** The estimated cost of the operation; a list argument over its cap is refused. */
	long cost(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
		Map<QueryVisitorFieldEnvironment, Long> childCosts = new HashMap<>();
		Map<QueryVisitorFieldEnvironment, FieldComplexityEnvironment> environments = new HashMap<>();
		QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.coercedVariables(variables)
			.build()
			.visitPostOrder(new QueryVisitorStub() {
				@Override
				public void visitField(QueryVisitorFieldEnvironment env) {
					if (env.isTypeNameIntrospectionField()) {
						return;
					}
					checkListArguments(env);
					long own = cost(environment(env, environments), childCosts.getOrDefault(env, 0L));
					childCosts.merge(env.getParentEnvironment(), own, CostModel::add);
				}
			});
		return childCosts.getOrDefault(null, 0L);
	}

	private long cost(FieldComplexityEnvironment field, long children) {
		long work = 0;
		for (FieldCosts known : this.costs) {
			work = add(work, Math.max(0, known.work(field)));
		}
		GraphQLFieldDefinition definition = field.getFieldDefinition();
		if (!isList(definition.getType())) {
			return add(add(1, work), children);
		}
		boolean leaf = GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(definition.getType()));
		long each = leaf ? 1 : add(1, children);
		return add(add(1, work), multiply(items(field), each));
	}

	/** How many items a list field returns. */
	long items(FieldComplexityEnvironment field) {
		FieldComplexityEnvironment parent = field.getParentEnvironment();
		if (field.getField().getName().equals("edges") && parent != null && isPaged(parent)) {
			return pageSize(parent);
		}
		if (field.getArguments().get("ids") instanceof Collection<?> ids) {
			return ids.size();
		}
		for (FieldCosts known : this.costs) {
			long items = known.items(field);
			if (items >= 0) {
				return items;
			}
		}
		return this.listFanOut;
	}

	private static boolean isPaged(FieldComplexityEnvironment field) {
		return field.getFieldDefinition().getArgument("first") != null
				|| field.getFieldDefinition().getArgument("last") != null;
	}

	private static long pageSize(FieldComplexityEnvironment field) {
		Object first = field.getArguments().get("first");
		Object last = field.getArguments().get("last");
		Object size = (first != null) ? first : last;
		return (size instanceof Number given) ? Math.max(given.longValue(), 0) : Limits.DEFAULT_PAGE_SIZE;
	}

	private static void checkListArguments(QueryVisitorFieldEnvironment env) {
		env.getArguments().forEach((name, value) -> checkListItems(env, name, value));
	}

	private static void checkListItems(QueryVisitorFieldEnvironment env, String path, Object value) {
		if (value instanceof Collection<?> items) {
			if (items.size() > Limits.MAX_LIST_ITEMS) {
				throw new LimitExceededException(path + " of " + env.getField().getName() + " has "
						+ String.format(java.util.Locale.ROOT, "%,d", items.size())
						+ " items; a list argument takes at most " + Limits.MAX_LIST_ITEMS + ".");
			}
			for (Object item : items) {
				checkListItems(env, path, item);
			}
		}
		else if (value instanceof Map<?, ?> fields) {
			fields.forEach((name, field) -> checkListItems(env, path + "." + name, field));
		}
	}

	private static FieldComplexityEnvironment environment(QueryVisitorFieldEnvironment env,
			Map<QueryVisitorFieldEnvironment, FieldComplexityEnvironment> environments) {
		if (env == null) {
			return null;
		}
		FieldComplexityEnvironment known = environments.get(env);
		if (known != null) {
			return known;
		}
		FieldComplexityEnvironment created = new FieldComplexityEnvironment(env.getField(), env.getFieldDefinition(),
				env.getFieldsContainer(), env.getArguments(), environment(env.getParentEnvironment(), environments));
		environments.put(env, created);
		return created;
	}

	private static boolean isList(GraphQLType type) {
		return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
	}

	static long add(long a, long b) {
		return Math.min(CEILING, a + b);
	}

	static long multiply(long a, long b) {
		if (a == 0 || b == 0) {
			return 0;
		}
		return (a > CEILING / b) ? CEILING : Math.min(CEILING, a * b);
	}

}
