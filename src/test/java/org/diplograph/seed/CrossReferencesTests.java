package org.diplograph.seed;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.diplograph.Fixtures;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Origin;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.DealItem;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitRole;
import org.diplograph.model.VisitStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CrossReferencesTests {

	private static final Visit VISIT = new Visit("visit:2025-07-x", "A visit", List.of("actor:gorgun"),
			"actor:country-tr", "actor:country-bd", "Dhaka", null, FuzzyDate.parse("2025-07"), null,
			VisitStatus.COMPLETED, List.of("actor:yunus", "actor:country-bd"), List.of(), List.of(),
			List.of("article:a", "article:b"), 1, Origin.SEED);

	private static final DefenceDeal DEAL = new DefenceDeal("deal:howitzers", "Howitzers", DealKind.PROCUREMENT,
			DealStatus.SIGNED, "actor:country-bd", "actor:country-tr", List.of("actor:country-bd", "actor:country-tr"),
			List.of(new DealItem("Howitzer", null, "actor:mke", 18, null, "howitzer"),
					new DealItem("Spare parts", null, null, null, null, "spareparts")),
			null, List.of(), List.of("article:b"), "9999-99-99", 1, Origin.SEED);

	private final CrossReferences references = CrossReferences.of(List.of(VISIT), List.of(DEAL), List.of());

	@Test
	void everyoneOnAVisitHasItWithEachPartTheyPlayedOnce() {
		assertThat(this.references.visitRefsByActor().get("actor:gorgun"))
			.containsExactly(new Actor.VisitRef(VISIT.id(), VisitRole.VISITOR));
		assertThat(this.references.visitRefsByActor().get("actor:country-tr"))
			.containsExactly(new Actor.VisitRef(VISIT.id(), VisitRole.VISITOR));
		assertThat(this.references.visitRefsByActor().get("actor:country-bd")).containsExactly(
				new Actor.VisitRef(VISIT.id(), VisitRole.HOST), new Actor.VisitRef(VISIT.id(), VisitRole.MET));
		assertThat(this.references.visitRefsByActor().get("actor:yunus"))
			.containsExactly(new Actor.VisitRef(VISIT.id(), VisitRole.MET));
	}

	@Test
	void partiesAndManufacturersHaveTheDealAndArticlesWhatTheyReport() {
		assertThat(this.references.dealIdsByActor()).containsOnlyKeys("actor:country-bd", "actor:country-tr",
				"actor:mke");
		assertThat(this.references.visitIdsOf("article:a")).containsExactly(VISIT.id());
		assertThat(this.references.visitIdsOf("article:b")).containsExactly(VISIT.id());
		assertThat(this.references.dealIdsOf("article:b")).containsExactly(DEAL.id());
		assertThat(this.references.dealIdsOf("article:a")).isEmpty();
	}

	@Test
	void anActorDocumentGetsItsArticlesVisitsAndDeals() {
		Actor linked = this.references.addTo(Fixtures.BANGLADESH, List.of("article:a"));
		assertThat(linked.articleIds()).containsExactly("article:a");
		assertThat(linked.visitRefs()).hasSize(2);
		assertThat(linked.dealIds()).containsExactly(DEAL.id());
		assertThat(linked.name()).isEqualTo("Bangladesh");
		assertThat(linked.code()).isEqualTo("BD");
		assertThat(linked.kind()).isEqualTo(ActorKind.COUNTRY);
	}

}
