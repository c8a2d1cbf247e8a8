package org.diplograph.model;

import java.util.List;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A contact that is not one country's visit to another (a meeting in a third country, a
 * call, a summit, an exercise, consultations, a message), with the evidence of every
 * article that reports it. {@code involvedIds} holds its participants, countries and host
 * country, for filters; {@code sortKey} is the start of its date, undated last.
 */
@Document("engagements")
public record Engagement(@Id String id, EngagementKind kind, String summary, List<String> participantIds,
		List<String> countryIds, String place, String hostCountryId, String occasion, FuzzyDate date,
		VisitStatus status, List<Evidence> sources, List<String> involvedIds, List<String> articleIds, String sortKey) {

	public static final String ID_PREFIX = "engagement:";

	/** Sort key of an engagement: the start of its period, undated last. */
	public static String sortKeyOf(FuzzyDate date) {
		return (date != null) ? date.start() : "9999-99-99";
	}

}
