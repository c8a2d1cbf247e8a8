package org.diplograph.engagement;

import java.util.List;
import java.util.Set;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.EngagementKind;
import org.diplograph.model.VisitStatus;

/**
 * An engagement input checked and resolved: references as actor IDs, the date parsed,
 * sources as evidence. Null means not given; {@code cleared} names the fields set to
 * null.
 */
record EngagementEdit(EngagementKind kind, String summary, List<String> participantIds, List<String> countryIds,
		String place, String hostCountryId, String occasion, FuzzyDate date, VisitStatus status, List<Evidence> sources,
		Set<String> cleared) {

}
