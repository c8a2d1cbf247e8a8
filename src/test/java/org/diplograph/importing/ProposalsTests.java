package org.diplograph.importing;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.diplograph.Fixtures;
import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.extraction.ActorRef;
import org.diplograph.extraction.ActorType;
import org.diplograph.extraction.DealItemCandidate;
import org.diplograph.extraction.Extraction;
import org.diplograph.extraction.FactStatus;
import org.diplograph.extraction.SimilarActor;
import org.diplograph.extraction.TextRange;
import org.diplograph.model.ActorCandidate;
import org.diplograph.model.Candidate;
import org.diplograph.model.CandidateStatus;
import org.diplograph.model.DealCandidate;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;
import org.diplograph.model.VisitCandidate;
import org.diplograph.model.VisitStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's proposals become candidate documents field for field: IDs from the hash,
 * type and offset, proposed actors referred to by their candidates' IDs, buyer and
 * supplier among the parties, evidence quoting the body, a summary and a title.
 */
class ProposalsTests {

	private static final String BODY = "Brigadier Oren Qasimi arrived in Dhaka on Monday. "
			+ "Pakistan agreed to sell six Zarrar trainers built by Qasimi Aero to Bangladesh.";

	private static final String PK = Fixtures.PAKISTAN.id();

	private static final String BD = Fixtures.BANGLADESH.id();

	private static final TextRange FIRST = new TextRange(0, 50);

	private static final TextRange SECOND = new TextRange(51, BODY.length());

	@Test
	void everyProposalBecomesAPendingCandidateWithItsFields() {
		org.diplograph.extraction.ActorCandidate person = new org.diplograph.extraction.ActorCandidate("oren-qasimi",
				"Oren Qasimi", ActorType.PERSON, ActorRef.known(PK), null, List.of(new SimilarActor("someone", 0.7)),
				List.of(FIRST), 0.75, "actor.titled-person");
		org.diplograph.extraction.ActorCandidate maker = new org.diplograph.extraction.ActorCandidate("qasimi-aero",
				"Qasimi Aero", ActorType.ORGANIZATION, null, null, List.of(), List.of(SECOND), 0.5,
				"actor.organisation-run");
		org.diplograph.extraction.VisitCandidate visit = new org.diplograph.extraction.VisitCandidate(
				List.of(ActorRef.proposed("oren-qasimi")), ActorRef.known(PK), ActorRef.known(BD), "Dhaka", null,
				FuzzyDate.parse("2026-02-09"), null, FactStatus.COMPLETED, List.of(), List.of(FIRST), 0.75,
				"visit.travel-verb");
		org.diplograph.extraction.DealCandidate deal = new org.diplograph.extraction.DealCandidate(
				org.diplograph.extraction.DealCandidate.Kind.PROCUREMENT,
				org.diplograph.extraction.DealCandidate.Status.SIGNED, ActorRef.known(BD), ActorRef.known(PK),
				List.of(ActorRef.proposed("qasimi-aero")), List.of(new DealItemCandidate("Zarrar trainer",
						"Trainer aircraft", ActorRef.proposed("qasimi-aero"), 6, null)),
				FuzzyDate.parse("2026-02"), List.of(SECOND), 0.85, "deal.system-agree");
		Extraction extraction = new Extraction("test", List.of(), List.of(person, maker), List.of(visit), List.of(),
				List.of(deal));
		ActorSnapshot actors = new ActorSnapshot(List.of(Fixtures.PAKISTAN, Fixtures.BANGLADESH));

		List<Candidate> candidates = Proposals.of("article:imported-0123456789abcdef", "0123456789abcdef", BODY,
				extraction, actors);

		assertThat(candidates).extracting(Candidate::id)
			.containsExactly("candidate:0123456789abcdef-actor-0", "candidate:0123456789abcdef-visit-0",
					"candidate:0123456789abcdef-actor-51", "candidate:0123456789abcdef-deal-51");
		assertThat(candidates).allSatisfy((candidate) -> {
			assertThat(candidate.status()).isEqualTo(CandidateStatus.PENDING);
			assertThat(candidate.revision()).isEqualTo(1);
			assertThat(candidate.articleId()).isEqualTo("article:imported-0123456789abcdef");
			Evidence evidence = candidate.evidence().get(0);
			assertThat(evidence.quote()).isEqualTo(BODY.substring(evidence.start(), evidence.end()));
		});
		ActorCandidate proposed = (ActorCandidate) candidates.get(0);
		assertThat(proposed.name()).isEqualTo("Oren Qasimi");
		assertThat(proposed.countryId()).isEqualTo(PK);
		assertThat(proposed.similarIds()).containsExactly("someone");
		assertThat(proposed.sortKey()).isEqualTo("0.750");

		VisitCandidate proposedVisit = (VisitCandidate) candidates.get(1);
		assertThat(proposedVisit.visitorIds()).containsExactly("candidate:0123456789abcdef-actor-0");
		assertThat(proposedVisit.fromCountryId()).isEqualTo(PK);
		assertThat(proposedVisit.hostCountryId()).isEqualTo(BD);
		assertThat(proposedVisit.date().iso()).isEqualTo("2026-02-09");
		assertThat(proposedVisit.visitStatus()).isEqualTo(VisitStatus.COMPLETED);
		assertThat(proposedVisit.summary()).isEqualTo("Oren Qasimi visits Dhaka, Bangladesh");

		DealCandidate proposedDeal = (DealCandidate) candidates.get(3);
		assertThat(proposedDeal.kind()).isEqualTo(DealKind.PROCUREMENT);
		assertThat(proposedDeal.dealStatus()).isEqualTo(DealStatus.SIGNED);
		assertThat(proposedDeal.partyIds()).containsExactly(BD, PK, "candidate:0123456789abcdef-actor-51");
		assertThat(proposedDeal.items().get(0).manufacturerId()).isEqualTo("candidate:0123456789abcdef-actor-51");
		assertThat(proposedDeal.items().get(0).quantity()).isEqualTo(6);
		assertThat(proposedDeal.items().get(0).systemKey()).isEqualTo("zarrartrainer");
		assertThat(proposedDeal.title()).isEqualTo("6 × Zarrar trainer for Bangladesh");
	}

}
