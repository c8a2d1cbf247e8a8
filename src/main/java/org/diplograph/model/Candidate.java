package org.diplograph.model;

import java.util.Comparator;
import java.util.List;

import org.diplograph.common.Evidence;

import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A fact or actor an imported article proposes, kept with its review: the evidence that
 * supports it, the confidence and rule of the extraction, and the decision once made
 * ({@code resultId} is what it became or was merged into). References to actors are actor
 * IDs, or IDs of actor candidates of the same article while those are only proposed.
 * {@code sortKey} orders the review queue, highest confidence first.
 */
@Document("candidates")
public sealed interface Candidate permits ActorCandidate, VisitCandidate, DealCandidate, EngagementCandidate {

	String ID_PREFIX = "candidate:";

	/** The order an article reports its candidates in: by first evidence, then type. */
	Comparator<Candidate> BODY_ORDER = Comparator
		.comparingInt((Candidate candidate) -> candidate.evidence().get(0).start())
		.thenComparing(Candidate::type);

	String id();

	CandidateType type();

	String articleId();

	CandidateStatus status();

	List<Evidence> evidence();

	double confidence();

	String rule();

	String decidedBy();

	String decidedAt();

	String note();

	String resultId();

	int revision();

	String sortKey();

	/** Every actor or actor candidate it refers to, in the order of its fields. */
	List<String> references();

	/** The candidate with its review changed: the next revision. */
	Candidate decided(CandidateStatus status, String by, String at, String note, String resultId);

	/** The sort key of a confidence: higher first when sorted descending. */
	static String sortKeyOf(double confidence) {
		return String.format(java.util.Locale.ROOT, "%.3f", Math.max(0, Math.min(1, confidence)));
	}

	/** Whether the ID names a candidate rather than an actor. */
	static boolean isCandidate(String id) {
		return id != null && id.startsWith(ID_PREFIX);
	}

}
