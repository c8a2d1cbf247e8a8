package org.diplograph.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.Evidence;
import org.diplograph.common.Names;
import org.diplograph.extraction.ActorRef;
import org.diplograph.extraction.Extraction;
import org.diplograph.extraction.TextRange;
import org.diplograph.model.ActorCandidate;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Candidate;
import org.diplograph.model.CandidateStatus;
import org.diplograph.model.CandidateType;
import org.diplograph.model.DealCandidate;
import org.diplograph.model.DealItem;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;
import org.diplograph.model.EngagementCandidate;
import org.diplograph.model.EngagementKind;
import org.diplograph.model.VisitCandidate;
import org.diplograph.model.VisitStatus;

/**
 * Turns the engine's proposals for one article into candidate documents, PENDING: IDs
 * made of the article's hash, the type and the offset of the first evidence (the same on
 * every machine); actors referred to by their IDs, or by the IDs of the actor candidates
 * proposed with them; evidence quoting the body; a summary or title in plain words.
 */
final class Proposals {

	private final String articleId;

	private final String hash;

	private final String body;

	private final Wording wording;

	private final Map<String, String> idByKey = new HashMap<>();

	private final Set<String> ids = new HashSet<>();

	private Proposals(String articleId, String hash, String body, Wording wording) {
		this.articleId = articleId;
		this.hash = hash;
		this.body = body;
		this.wording = wording;
	}

	/** The candidates of the extraction, in the order the body reports them. */
	static List<Candidate> of(String articleId, String hash, String body, Extraction extraction, ActorSnapshot actors) {
		Map<String, String> names = new HashMap<>();
		extraction.actors().forEach((actor) -> names.put(actor.key(), actor.name()));
		Proposals proposals = new Proposals(articleId, hash, body, new Wording(actors, names));
		List<Candidate> candidates = new ArrayList<>();
		for (org.diplograph.extraction.ActorCandidate actor : extraction.actors()) {
			proposals.idByKey.put(actor.key(), proposals.id(CandidateType.ACTOR, actor.evidence()));
		}
		extraction.actors().forEach((actor) -> candidates.add(proposals.actor(actor)));
		extraction.visits().forEach((visit) -> candidates.add(proposals.visit(visit)));
		extraction.deals().forEach((deal) -> candidates.add(proposals.deal(deal)));
		extraction.engagements().forEach((engagement) -> candidates.add(proposals.engagement(engagement)));
		candidates.sort(Candidate.BODY_ORDER);
		return candidates;
	}

	private ActorCandidate actor(org.diplograph.extraction.ActorCandidate actor) {
		return new ActorCandidate(this.idByKey.get(actor.key()), CandidateType.ACTOR, this.articleId,
				CandidateStatus.PENDING, evidence(actor.evidence()), actor.confidence(), actor.rule(), null, null, null,
				null, 1, Candidate.sortKeyOf(actor.confidence()), actor.name(), ActorKind.valueOf(actor.type().name()),
				ref(actor.country()), actor.code(),
				actor.similar().stream().map((similar) -> similar.actorId()).toList());
	}

	private VisitCandidate visit(org.diplograph.extraction.VisitCandidate visit) {
		VisitStatus status = VisitStatus.valueOf(visit.status().name());
		return new VisitCandidate(id(CandidateType.VISIT, visit.evidence()), CandidateType.VISIT, this.articleId,
				CandidateStatus.PENDING, evidence(visit.evidence()), visit.confidence(), visit.rule(), null, null, null,
				null, 1, Candidate.sortKeyOf(visit.confidence()), this.wording.visit(visit), refs(visit.visitors()),
				ref(visit.fromCountry()), ref(visit.hostCountry()), visit.place(), visit.purpose(), visit.date(),
				visit.durationDays(), status, refs(visit.metWith()));
	}

	private DealCandidate deal(org.diplograph.extraction.DealCandidate deal) {
		List<DealItem> items = deal.items()
			.stream()
			.map((item) -> new DealItem(item.system(), item.category(), ref(item.manufacturer()), item.quantity(),
					item.plannedQuantity(), Names.key(item.system())))
			.toList();
		return new DealCandidate(id(CandidateType.DEAL, deal.evidence()), CandidateType.DEAL, this.articleId,
				CandidateStatus.PENDING, evidence(deal.evidence()), deal.confidence(), deal.rule(), null, null, null,
				null, 1, Candidate.sortKeyOf(deal.confidence()), this.wording.deal(deal),
				DealKind.valueOf(deal.kind().name()), DealStatus.valueOf(deal.status().name()), ref(deal.buyer()),
				ref(deal.supplier()), parties(deal), items, deal.date());
	}

	private EngagementCandidate engagement(org.diplograph.extraction.EngagementCandidate engagement) {
		return new EngagementCandidate(id(CandidateType.ENGAGEMENT, engagement.evidence()), CandidateType.ENGAGEMENT,
				this.articleId, CandidateStatus.PENDING, evidence(engagement.evidence()), engagement.confidence(),
				engagement.rule(), null, null, null, null, 1, Candidate.sortKeyOf(engagement.confidence()),
				this.wording.engagement(engagement), EngagementKind.valueOf(engagement.kind().name()),
				refs(engagement.participants()), refs(engagement.countries()), engagement.place(),
				ref(engagement.hostCountry()), engagement.occasion(), engagement.date(),
				VisitStatus.valueOf(engagement.status().name()));
	}

	/**
	 * candidate:&lt;hash&gt;-&lt;type&gt;-&lt;offset&gt;, with -2, -3 ... for a second
	 * candidate of the type at the same offset.
	 */
	private String id(CandidateType type, List<TextRange> evidence) {
		int start = evidence.isEmpty() ? 0 : evidence.get(0).start();
		String base = Candidate.ID_PREFIX + this.hash + "-" + type.name().toLowerCase() + "-" + start;
		String id = base;
		for (int suffix = 2; !this.ids.add(id); suffix++) {
			id = base + "-" + suffix;
		}
		return id;
	}

	private List<Evidence> evidence(List<TextRange> ranges) {
		return ranges.stream()
			.map((range) -> new Evidence(this.articleId, range.quote(this.body), range.start(), range.end()))
			.toList();
	}

	private String ref(ActorRef ref) {
		if (ref == null) {
			return null;
		}
		return ref.isKnown() ? ref.knownId() : this.idByKey.get(ref.proposedKey());
	}

	/** Everyone party to a deal: buyer and supplier first, as the seed records them. */
	private List<String> parties(org.diplograph.extraction.DealCandidate deal) {
		List<ActorRef> parties = new ArrayList<>();
		parties.add(deal.buyer());
		parties.add(deal.supplier());
		parties.addAll(deal.parties());
		return refs(parties);
	}

	private List<String> refs(List<ActorRef> refs) {
		return refs.stream().map(this::ref).filter(java.util.Objects::nonNull).distinct().toList();
	}

}
