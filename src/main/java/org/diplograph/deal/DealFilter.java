package org.diplograph.deal;

import org.diplograph.actor.ActorReferences;
import org.diplograph.common.Names;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;

/**
 * The deals filter as a client gives it: parties by any reference, part of a system's
 * name.
 */
record DealFilter(String party, String buyer, String supplier, DealKind kind, DealStatus status, String system) {

	static final DealFilter NONE = new DealFilter(null, null, null, null, null, null);

	/**
	 * The criteria this filter stands for: references resolved, the system name folded.
	 */
	DealCriteria resolve(ActorReferences references) {
		return new DealCriteria(resolve(references, "filter.party", this.party),
				resolve(references, "filter.buyer", this.buyer), resolve(references, "filter.supplier", this.supplier),
				this.kind, this.status, (this.system != null) ? Names.searchKey("filter.system", this.system) : null);
	}

	private static String resolve(ActorReferences references, String argument, String reference) {
		return (reference != null) ? references.resolve(argument, reference) : null;
	}

}
