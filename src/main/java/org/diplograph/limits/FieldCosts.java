package org.diplograph.limits;

import graphql.analysis.FieldComplexityEnvironment;

/**
 * What a feature knows about the cost of its fields, for the cost model: how many items a
 * list field returns and how much work a field does beyond the values it returns, both in
 * result values. A feature declares a bean; fields none of them knows are counted by
 * their paging arguments or {@code diplograph.limits.list-fan-out}.
 */
public interface FieldCosts {

	/**
	 * How many items the list field returns, or a negative number when this does not know
	 * the field.
	 */
	default long items(FieldComplexityEnvironment field) {
		return -1;
	}

	/** The work the field does itself, counted in result values; 0 for none. */
	default long work(FieldComplexityEnvironment field) {
		return 0;
	}

	/** The name of the field as {@code Type.field}, for matching. */
	static String coordinates(FieldComplexityEnvironment field) {
		return field.getParentType().getName() + "." + field.getField().getName();
	}

}
