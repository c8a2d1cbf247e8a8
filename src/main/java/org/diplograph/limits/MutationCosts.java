package org.diplograph.limits;

import graphql.analysis.FieldComplexityEnvironment;

import org.diplograph.common.Limits;

import org.springframework.stereotype.Component;

/**
 * The cost of a write: every mutation field counts {@link Limits#MUTATION_COST}, so one
 * request cannot queue hundreds of writes behind one another.
 */
@Component
class MutationCosts implements FieldCosts {

	@Override
	public long work(FieldComplexityEnvironment field) {
		return field.getParentType().getName().equals("Mutation") ? Limits.MUTATION_COST : 0;
	}

}
