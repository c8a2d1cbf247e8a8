package org.diplograph.deal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.diplograph.actor.ActorSliceTestSupport;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Origin;
import org.diplograph.model.Actor;
import org.diplograph.model.DealItem;
import org.diplograph.model.DealKind;
import org.diplograph.model.DealStatus;
import org.diplograph.model.DefenceDeal;

import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.Fixtures.BANGLADESH;
import static org.diplograph.Fixtures.MKE;
import static org.diplograph.Fixtures.OTOKAR;
import static org.diplograph.Fixtures.PAKISTAN;
import static org.diplograph.Fixtures.TURKIYE;
import static org.diplograph.Fixtures.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@GraphQlTest(DealController.class)
class DealControllerTests extends ActorSliceTestSupport {

	@MockitoBean
	private DealRepository dealRepository;

	/** The writes are tested over HTTP; the slice only needs the bean. */
	@MockitoBean
	private DealWrites writes;

	@Test
	void filterArgumentsBecomeCriteria() {
		given(this.actorReferences.resolve("filter.party", "MKE")).willReturn(MKE.id());
		given(this.actorReferences.resolve("filter.buyer", "BD")).willReturn(BANGLADESH.id());
		given(this.actorReferences.resolve("filter.supplier", "Turkey")).willReturn(TURKIYE.id());
		given(this.dealRepository.page(any(), any())).willReturn(page(boran()));
		this.tester.documentName("dealsWithParties")
			.variable("filter",
					Map.of("party", "MKE", "buyer", "BD", "supplier", "Turkey", "kind", "PROCUREMENT", "status",
							"SIGNED", "system", "Borán 105-mm"))
			.variable("first", 7)
			.execute()
			.path("deals.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Boran howitzers for Bangladesh");
		ArgumentCaptor<DealCriteria> criteria = ArgumentCaptor.forClass(DealCriteria.class);
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.dealRepository).page(criteria.capture(), request.capture());
		assertThat(criteria.getValue()).isEqualTo(new DealCriteria(MKE.id(), BANGLADESH.id(), TURKIYE.id(),
				DealKind.PROCUREMENT, DealStatus.SIGNED, "boran105mm"));
		assertThat(request.getValue().size()).isEqualTo(7);
	}

	@Test
	void noFilterMeansNoCriteria() {
		given(this.dealRepository.page(any(), any())).willReturn(page());
		this.tester.documentName("dealsWithParties")
			.execute()
			.path("deals.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		ArgumentCaptor<DealCriteria> criteria = ArgumentCaptor.forClass(DealCriteria.class);
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.dealRepository).page(criteria.capture(), request.capture());
		assertThat(criteria.getValue()).isEqualTo(new DealCriteria(null, null, null, null, null, null));
		assertThat(request.getValue().size()).isEqualTo(20);
		assertThat(request.getValue().after()).isNull();
		verifyNoInteractions(this.actorReferences);
	}

	@Test
	void relationshipFieldsOfSeveralDealsLoadActorsInOneQuery() {
		given(this.dealRepository.page(any(), any())).willReturn(page(boran(), tulpar(), framework()));
		GraphQlTester.Response response = this.tester.documentName("dealsWithParties").execute();
		response.path("deals.edges[*].node.buyer.name")
			.entityList(String.class)
			.containsExactly("Bangladesh", "Bangladesh");
		response.path("deals.edges[2].node.buyer").valueIsNull();
		response.path("deals.edges[0].node.supplier.name").entity(String.class).isEqualTo("Türkiye");
		response.path("deals.edges[0].node.parties[*].id")
			.entityList(String.class)
			.containsExactly(BANGLADESH.id(), TURKIYE.id(), MKE.id());
		response.path("deals.edges[2].node.parties[*].id")
			.entityList(String.class)
			.containsExactly(BANGLADESH.id(), PAKISTAN.id());
		response.path("deals.edges[0].node.items[0].manufacturer.name")
			.entity(String.class)
			.isEqualTo("Makina ve Kimya Endüstrisi");
		response.path("deals.edges[0].node.items[0].quantity").entity(Integer.class).isEqualTo(18);
		response.path("deals.edges[0].node.items[0].plannedQuantity").entity(Integer.class).isEqualTo(200);
		response.path("deals.edges[1].node.items[0].manufacturer.name").entity(String.class).isEqualTo("Otokar");
		assertThat(actorQueries()).singleElement()
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder(BANGLADESH.id(), TURKIYE.id(), PAKISTAN.id(),
					MKE.id(), OTOKAR.id()));
	}

	@Test
	void dealById() {
		given(this.dealRepository.findById("deal:boran-howitzers")).willReturn(boran());
		GraphQlTester.Response response = this.tester.documentName("dealById")
			.variable("id", "deal:boran-howitzers")
			.execute();
		response.path("deal.title").entity(String.class).isEqualTo("Boran howitzers for Bangladesh");
		response.path("deal.kind").entity(String.class).isEqualTo("PROCUREMENT");
		response.path("deal.status").entity(String.class).isEqualTo("SIGNED");
		response.path("deal.date.iso").entity(String.class).isEqualTo("2024");
		response.path("deal.date.precision").entity(String.class).isEqualTo("YEAR");
		response.path("deal.items[0].category").entity(String.class).isEqualTo("Artillery");
	}

	@Test
	void undatedDealHasNullDate() {
		given(this.dealRepository.findById("deal:tulpar-light-tanks")).willReturn(tulpar());
		this.tester.documentName("dealById")
			.variable("id", "deal:tulpar-light-tanks")
			.execute()
			.path("deal.date")
			.valueIsNull();
	}

	@Test
	void unknownDealIsNull() {
		this.tester.documentName("dealById").variable("id", "deal:nothing").execute().path("deal").valueIsNull();
	}

	@Test
	void idWithTheWrongPrefixIsABadRequest() {
		expectBadRequest(
				this.tester.documentName("dealById").variable("id", "visit:2025-07-haluk-gorgun-dhaka").execute(),
				"deal", "deal(id) expects an ID starting with deal:, not 'visit:2025-07-haluk-gorgun-dhaka'");
		expectBadRequest(this.tester.documentName("dealById").variable("id", "deal:").execute(), "deal",
				"is not an ID of this API");
		verifyNoInteractions(this.dealRepository);
	}

	@Test
	void pageSizeOutOfRangeIsABadRequest() {
		expectBadRequest(this.tester.documentName("dealsWithParties").variable("first", 101).execute(), "deals",
				"first is 101; at most 100");
		expectBadRequest(this.tester.documentName("dealsWithParties").variable("first", -1).execute(), "deals",
				"first is -1; it must be 0 or more");
		expectBadRequest(this.tester.documentName("dealsWithParties").variable("before", "nonsense").execute(), "deals",
				"before is not a cursor");
		verify(this.dealRepository, never()).page(any(), any());
	}

	@Test
	void overlongSystemIsABadRequest() {
		expectBadRequest(this.tester.documentName("dealsWithParties")
			.variable("filter", Map.of("system", "x".repeat(201)))
			.execute(), "deals", "filter.system is longer than 200 characters");
		verify(this.dealRepository, never()).page(any(), any());
	}

	@Test
	void unresolvableActorReferenceIsABadRequestWithItsMessage() {
		given(this.actorReferences.resolve("filter.buyer", "actor:nobody"))
			.willThrow(new BadRequestException("filter.buyer: no actor has the ID 'actor:nobody'."));
		expectBadRequest(this.tester.documentName("dealsWithParties")
			.variable("filter", Map.of("buyer", "actor:nobody"))
			.execute(), "deals", "filter.buyer: no actor has the ID 'actor:nobody'.");
		verify(this.dealRepository, never()).page(any(), any());
	}

	@Test
	void unknownEnumValueIsRejectedByTheSchema() {
		this.tester.documentName("dealsWithParties")
			.variable("filter", Map.of("kind", "BARTER"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("BARTER")));
		verifyNoInteractions(this.dealRepository);
	}

	private static DefenceDeal boran() {
		return deal("boran-howitzers", "Boran howitzers for Bangladesh", DealKind.PROCUREMENT, DealStatus.SIGNED,
				BANGLADESH, TURKIYE, List.of(BANGLADESH.id(), TURKIYE.id(), MKE.id()),
				List.of(new DealItem("MKE Boran 105mm howitzer", "Artillery", MKE.id(), 18, 200,
						"mkeboran105mmhowitzer")),
				FuzzyDate.parse("2024"));
	}

	private static DefenceDeal tulpar() {
		return deal("tulpar-light-tanks", "Tulpar light tanks", DealKind.PROCUREMENT, DealStatus.UNDER_CONSIDERATION,
				BANGLADESH, TURKIYE, List.of(BANGLADESH.id(), TURKIYE.id(), OTOKAR.id()),
				List.of(new DealItem("Otokar Tulpar light tank", "Light tank", OTOKAR.id(), null, null,
						"otokartulparlighttank")),
				null);
	}

	private static DefenceDeal framework() {
		return deal("visa-exemption", "Visa exemption", DealKind.OTHER, DealStatus.SIGNED, null, null,
				List.of(BANGLADESH.id(), PAKISTAN.id()), List.of(), FuzzyDate.parse("2025-08"));
	}

	private static DefenceDeal deal(String slug, String title, DealKind kind, DealStatus status, Actor buyer,
			Actor supplier, List<String> partyIds, List<DealItem> items, FuzzyDate date) {
		return new DefenceDeal(DefenceDeal.ID_PREFIX + slug, title, kind, status, (buyer != null) ? buyer.id() : null,
				(supplier != null) ? supplier.id() : null, partyIds, items, date, List.of(), List.of(),
				DefenceDeal.sortKeyOf(date), 1, Origin.SEED);
	}

}
