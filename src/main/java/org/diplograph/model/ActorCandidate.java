package org.diplograph.model;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.common.Evidence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person, organisation or country an imported article names that no known actor
 * matches: the name as written, titles stripped, what it seems to be, its country (an
 * actor or another actor candidate), a proposed country's ISO code, and the known actors
 * whose names are close.
 */
@Document("candidates")
public record ActorCandidate(@Id String id, CandidateType type, String articleId, CandidateStatus status,
		List<Evidence> evidence, double confidence, String rule, String decidedBy, String decidedAt, String note,
		String resultId, int revision, String sortKey, String name, ActorKind kind, String countryId, String code,
		List<String> similarIds) implements Candidate {

	@Override
	public List<String> references() {
		List<String> references = new ArrayList<>();
		if (this.countryId != null) {
			references.add(this.countryId);
		}
		return references;
	}

	@Override
	public ActorCandidate decided(CandidateStatus status, String by, String at, String note, String resultId) {
		return new ActorCandidate(this.id, this.type, this.articleId, status, this.evidence, this.confidence, this.rule,
				by, at, note, resultId, this.revision + 1, this.sortKey, this.name, this.kind, this.countryId,
				this.code, this.similarIds);
	}

}
