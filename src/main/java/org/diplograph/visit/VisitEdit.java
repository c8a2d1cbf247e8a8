package org.diplograph.visit;

import java.util.List;
import java.util.Set;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.VisitStatus;

/**
 * A visit input checked and resolved: references as actor IDs, the date parsed, sources
 * as evidence. Null means not given; {@code cleared} names the fields set to null.
 */
record VisitEdit(String summary, List<String> visitorIds, String fromCountryId, String hostCountryId, String place,
		String purpose, FuzzyDate date, Integer durationDays, VisitStatus status, List<String> metWithIds,
		List<Evidence> sources, Set<String> cleared) {

}
