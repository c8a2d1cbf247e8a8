package org.diplograph.deal;

import java.util.List;
import java.util.Set;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.DealItem;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;

/**
 * A deal input checked and resolved: references as actor IDs, the date parsed, sources as
 * evidence; {@code partyIds} are the parties besides buyer and supplier. Null means not
 * given; {@code cleared} names the fields set to null.
 */
record DealEdit(String title, DealKind kind, DealStatus status, String buyerId, String supplierId,
		List<String> partyIds, List<DealItem> items, FuzzyDate date, List<Evidence> sources, Set<String> cleared) {

}
