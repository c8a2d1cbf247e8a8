package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Proposes deals: a deal trigger (sign, order, buy, procure, acquire, deliver, offer,
 * consider, agree, negotiate, interest...) with a system ("18 Boran howitzers", "fighter
 * jets") or a deal noun (MoU, agreement, contract). The status is the trigger's lifecycle
 * step, read from the first of a chain of triggers ("considering buying" is
 * UNDER_CONSIDERATION) and turned PLANNED by a plan ("plans to acquire"). Buyer and
 * supplier are countries: the subject's for a buying verb, the supplier's for a selling
 * one, else a manufacturer's, "from X" or a demonym's.
 */
final class DealRule {

	private final ArticleContext context;

	private final DealSides sides;

	final List<Drafts.Deal> deals = new ArrayList<>();

	DealRule(ArticleContext context) {
		this.context = context;
		this.sides = new DealSides(context);
	}

	void apply(SentenceView s) {
		List<Integer> triggers = DealTriggers.in(s);
		if (triggers.isEmpty()) {
			return;
		}
		DealCandidate.Kind signalled = DealKinds.signalled(s);
		List<SystemPhrase> systems = SystemPhrase.in(s, this.context);
		if (!systems.isEmpty()) {
			for (SystemPhrase system : systems) {
				int trigger = DealTriggers.governing(s, triggers, system.first());
				if (trigger >= 0) {
					add(s, trigger, (signalled != null) ? signalled : DealCandidate.Kind.PROCUREMENT, system);
				}
			}
			return;
		}
		int agreement = DealKinds.agreementNoun(s);
		if (agreement >= 0 || (signalled != null && signalled != DealCandidate.Kind.MOU)) {
			int anchor = (agreement >= 0) ? agreement : DealKinds.signalIndex(s);
			int trigger = DealTriggers.governing(s, triggers, anchor);
			if (trigger < 0) {
				trigger = DealTriggers.nearest(triggers, anchor);
			}
			add(s, trigger, (signalled != null) ? signalled : DealCandidate.Kind.OTHER, null);
		}
	}

	private void add(SentenceView s, int trigger, DealCandidate.Kind kind, SystemPhrase system) {
		String lemma = DealTriggers.lemma(s, trigger);
		boolean planned = Modality.planned(s, trigger);
		Drafts.Deal deal = new Drafts.Deal();
		deal.sentence = s.index;
		deal.kind = kind;
		deal.status = DealTriggers.status(s, trigger, lemma, planned);
		ActorRef manufacturer = null;
		if (system != null) {
			manufacturer = (system.manufacturer() != null) ? system.manufacturer() : DealSides.organisationFrom(s);
		}
		this.sides.assign(deal, s, trigger, lemma, system, manufacturer);
		boolean symmetric = kind == DealCandidate.Kind.MOU || kind == DealCandidate.Kind.FRAMEWORK_AGREEMENT
				|| (kind == DealCandidate.Kind.OTHER && system == null);
		for (Entity entity : s.entities) {
			if (entity.isOrganization() || (symmetric && entity.isCountry())) {
				Drafts.add(deal.parties, entity.ref());
			}
		}
		if (symmetric) {
			// an agreement binds its sides alike: parties, no buyer or supplier
			Drafts.add(deal.parties, deal.buyer);
			Drafts.add(deal.parties, deal.supplier);
			deal.buyer = null;
			deal.supplier = null;
		}
		if (deal.buyer != null && deal.buyer.equals(deal.supplier)) {
			deal.supplier = null;
		}
		if (system != null) {
			addItem(deal, s, system, manufacturer);
		}
		FactDates.date(deal, s, trigger, planned, this.context);
		deal.evidence.add(s.sentence.range());
		deal.rule = (system != null) ? "deal.system-" + lemma : "deal.agreement-" + lemma;
		double confidence = 0.5;
		confidence += (system != null && !system.generic()) ? 0.15 : 0;
		confidence += (deal.buyer != null && deal.supplier != null || symmetric && deal.parties.size() >= 2) ? 0.1
				: -0.1;
		confidence += deal.dateExplicit ? 0.1 : -0.2;
		deal.confidence = confidence;
		this.deals.add(deal);
	}

	/** The system as the deal's item; in a plan, its quantity is the planned one. */
	private static void addItem(Drafts.Deal deal, SentenceView s, SystemPhrase system, ActorRef manufacturer) {
		Integer quantity = system.quantity();
		Integer plannedQuantity = SystemWords.plannedQuantity(s, quantity);
		if (deal.status == DealCandidate.Status.PLANNED && plannedQuantity == null) {
			plannedQuantity = quantity;
			quantity = null;
		}
		deal.items
			.add(new DealItemCandidate(system.name(), system.category(), manufacturer, quantity, plannedQuantity));
		Drafts.add(deal.parties, manufacturer);
	}

}
