package org.diplograph.actor;

import org.diplograph.common.Names;
import org.diplograph.model.ActorKind;

/**
 * The actors filter as a client gives it: part of a name, a kind, a country by any
 * reference.
 */
record ActorFilter(String name, ActorKind kind, String country) {

	static final ActorFilter NONE = new ActorFilter(null, null, null);

	/** The criteria this filter stands for: the name folded, the country resolved. */
	ActorCriteria resolve(ActorReferences references) {
		String nameKey = (this.name != null) ? Names.searchKey("filter.name", this.name) : null;
		String countryId = (this.country != null) ? references.resolveCountry("filter.country", this.country) : null;
		return new ActorCriteria(nameKey, this.kind, countryId);
	}

}
