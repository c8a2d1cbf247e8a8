package org.diplograph.extraction;

import java.util.List;

import org.diplograph.common.FuzzyDate;

/**
 * A proposed arms deal, agreement or offer at the lifecycle step its sentence supports:
 * the fields of the API's {@code DefenceDeal}. Buyer and supplier are countries;
 * companies and forces that sell, buy or make are in {@code parties}.
 */
public record DealCandidate(Kind kind, Status status, ActorRef buyer, ActorRef supplier, List<ActorRef> parties,
		List<DealItemCandidate> items, FuzzyDate date, List<TextRange> evidence, double confidence,
		String rule) implements Candidate {

	public DealCandidate {
		parties = List.copyOf(parties);
		items = List.copyOf(items);
		evidence = List.copyOf(evidence);
	}

	/** The names are those of the API's {@code DealKind}. */
	public enum Kind {

		PROCUREMENT, FRAMEWORK_AGREEMENT, MOU, JOINT_PRODUCTION, TECHNOLOGY_TRANSFER, TRAINING, OTHER

	}

	/** The names are those of the API's {@code DealStatus}, in lifecycle order. */
	public enum Status {

		INTEREST, UNDER_CONSIDERATION, OFFERED, NEGOTIATING, PLANNED, SIGNED, DELIVERED

	}

}
