package org.diplograph.common;

import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * A filter of a list that builds its own MongoDB criteria from its resolved values, as
 * each feature's {@code <Type>Criteria} does; a filter given nothing has no criteria and
 * matches every document.
 */
public interface QueryFilter {

	/** Every filter given nothing: all documents. */
	QueryFilter NONE = List::of;

	/** What a document must meet, all of it. */
	List<Criteria> criteria();

}
