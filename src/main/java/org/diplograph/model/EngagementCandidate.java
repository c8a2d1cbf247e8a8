package org.diplograph.model;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A contact an imported article reports that is no visit (a call, a meeting in a third
 * country, a summit, an exercise, consultations, a message), with the fields of
 * {@link Engagement} and a proposed summary; participants, countries and the host country
 * are actor IDs or IDs of actor candidates.
 */
@Document("candidates")
public record EngagementCandidate(@Id String id, CandidateType type, String articleId, CandidateStatus status,
		List<Evidence> evidence, double confidence, String rule, String decidedBy, String decidedAt, String note,
		String resultId, int revision, String sortKey, String summary, EngagementKind kind, List<String> participantIds,
		List<String> countryIds, String place, String hostCountryId, String occasion, FuzzyDate date,
		VisitStatus engagementStatus) implements Candidate {

	@Override
	public List<String> references() {
		List<String> references = new ArrayList<>(this.participantIds);
		references.addAll(this.countryIds);
		if (this.hostCountryId != null) {
			references.add(this.hostCountryId);
		}
		return references;
	}

	@Override
	public EngagementCandidate decided(CandidateStatus status, String by, String at, String note, String resultId) {
		return new EngagementCandidate(this.id, this.type, this.articleId, status, this.evidence, this.confidence,
				this.rule, by, at, note, resultId, this.revision + 1, this.sortKey, this.summary, this.kind,
				this.participantIds, this.countryIds, this.place, this.hostCountryId, this.occasion, this.date,
				this.engagementStatus);
	}

}
