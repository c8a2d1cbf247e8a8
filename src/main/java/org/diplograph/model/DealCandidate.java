package org.diplograph.model;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A deal, agreement or offer an imported article reports, with the fields of
 * {@link DefenceDeal} and a proposed title; buyer, supplier, parties and makers are actor
 * IDs or IDs of actor candidates.
 */
@Document("candidates")
public record DealCandidate(@Id String id, CandidateType type, String articleId, CandidateStatus status,
		List<Evidence> evidence, double confidence, String rule, String decidedBy, String decidedAt, String note,
		String resultId, int revision, String sortKey, String title, DealKind kind, DealStatus dealStatus,
		String buyerId, String supplierId, List<String> partyIds, List<DealItem> items,
		FuzzyDate date) implements Candidate {

	@Override
	public List<String> references() {
		List<String> references = new ArrayList<>();
		if (this.buyerId != null) {
			references.add(this.buyerId);
		}
		if (this.supplierId != null) {
			references.add(this.supplierId);
		}
		references.addAll(this.partyIds);
		this.items.stream().map(DealItem::manufacturerId).filter(java.util.Objects::nonNull).forEach(references::add);
		return references;
	}

	@Override
	public DealCandidate decided(CandidateStatus status, String by, String at, String note, String resultId) {
		return new DealCandidate(this.id, this.type, this.articleId, status, this.evidence, this.confidence, this.rule,
				by, at, note, resultId, this.revision + 1, this.sortKey, this.title, this.kind, this.dealStatus,
				this.buyerId, this.supplierId, this.partyIds, this.items, this.date);
	}

}
