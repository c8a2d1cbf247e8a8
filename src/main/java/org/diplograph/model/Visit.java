package org.diplograph.model;

import java.util.List;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One real-world visit, with the evidence of every article that reports it. */
@Document("visits")
public record Visit(@Id String id, String summary, List<String> visitorIds, String fromCountryId, String hostCountryId,
		String place, String purpose, FuzzyDate date, Integer durationDays, VisitStatus status, List<String> metWithIds,
		List<Evidence> sources, List<String> involvedIds, List<String> articleIds) {

	public static final String ID_PREFIX = "visit:";

}
