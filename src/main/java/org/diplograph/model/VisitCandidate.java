package org.diplograph.model;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A visit an imported article reports, with the fields of {@link Visit} and a proposed
 * summary; visitors, countries and people met are actor IDs or IDs of actor candidates.
 */
@Document("candidates")
public record VisitCandidate(@Id String id, CandidateType type, String articleId, CandidateStatus status,
		List<Evidence> evidence, double confidence, String rule, String decidedBy, String decidedAt, String note,
		String resultId, int revision, String sortKey, String summary, List<String> visitorIds, String fromCountryId,
		String hostCountryId, String place, String purpose, FuzzyDate date, Integer durationDays,
		VisitStatus visitStatus, List<String> metWithIds) implements Candidate {

	@Override
	public List<String> references() {
		List<String> references = new ArrayList<>(this.visitorIds);
		if (this.fromCountryId != null) {
			references.add(this.fromCountryId);
		}
		if (this.hostCountryId != null) {
			references.add(this.hostCountryId);
		}
		references.addAll(this.metWithIds);
		return references;
	}

	@Override
	public VisitCandidate decided(CandidateStatus status, String by, String at, String note, String resultId) {
		return new VisitCandidate(this.id, this.type, this.articleId, status, this.evidence, this.confidence, this.rule,
				by, at, note, resultId, this.revision + 1, this.sortKey, this.summary, this.visitorIds,
				this.fromCountryId, this.hostCountryId, this.place, this.purpose, this.date, this.durationDays,
				this.visitStatus, this.metWithIds);
	}

}
