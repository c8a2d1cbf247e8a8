package org.diplograph.visit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.diplograph.actor.ActorSliceTestSupport;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.Connection;
import org.diplograph.common.Cursor;
import org.diplograph.common.DatePrecision;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Origin;
import org.diplograph.model.Actor;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitStatus;

import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.Fixtures.ACTORS;
import static org.diplograph.Fixtures.BANGLADESH;
import static org.diplograph.Fixtures.DAR;
import static org.diplograph.Fixtures.GORGUN;
import static org.diplograph.Fixtures.PAKISTAN;
import static org.diplograph.Fixtures.TURKIYE;
import static org.diplograph.Fixtures.YUNUS;
import static org.diplograph.Fixtures.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@GraphQlTest(VisitController.class)
class VisitControllerTests extends ActorSliceTestSupport {

	@MockitoBean
	private VisitRepository visitRepository;

	/** The writes are tested over HTTP; the slice only needs the bean. */
	@MockitoBean
	private VisitWrites writes;

	@Test
	void filterArgumentsBecomeCriteria() {
		given(this.actorReferences.resolve("filter.visitor", "Gorgun")).willReturn(GORGUN.id());
		given(this.actorReferences.resolveCountry("filter.fromCountry", "TR")).willReturn(TURKIYE.id());
		given(this.actorReferences.resolveCountry("filter.hostCountry", "Bangladesh")).willReturn(BANGLADESH.id());
		given(this.actorReferences.resolve("filter.involves", "Dr Yunus")).willReturn(YUNUS.id());
		given(this.visitRepository.page(any(), anyBoolean(), any())).willReturn(page(gorgunVisit()));
		String after = new Cursor("2025-01-01", "visit:2025-01-omer-bolat-dhaka").encode();
		this.tester.documentName("visitsWithPeople")
			.variable("filter",
					Map.of("visitor", "Gorgun", "fromCountry", "TR", "hostCountry", "Bangladesh", "involves",
							"Dr Yunus", "from", "2025-07", "to", "2025", "status", "COMPLETED", "source",
							"article:002_e51cdd4034850a5f"))
			.variable("orderBy", "DATE_DESC")
			.variable("first", 5)
			.variable("after", after)
			.execute()
			.path("visits.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("visit:2025-07-haluk-gorgun-dhaka");
		ArgumentCaptor<VisitCriteria> criteria = ArgumentCaptor.forClass(VisitCriteria.class);
		ArgumentCaptor<Boolean> descending = ArgumentCaptor.forClass(Boolean.class);
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.visitRepository).page(criteria.capture(), descending.capture(), request.capture());
		assertThat(criteria.getValue()).isEqualTo(
				new VisitCriteria(GORGUN.id(), TURKIYE.id(), BANGLADESH.id(), YUNUS.id(), FuzzyDate.parse("2025-07"),
						FuzzyDate.parse("2025"), VisitStatus.COMPLETED, "article:002_e51cdd4034850a5f"));
		assertThat(criteria.getValue().from().start()).isEqualTo("2025-07-01");
		assertThat(criteria.getValue().to().end()).isEqualTo("2025-12-31");
		assertThat(descending.getValue()).isTrue();
		assertThat(request.getValue().size()).isEqualTo(5);
		assertThat(request.getValue().backward()).isFalse();
		assertThat(request.getValue().after()).isEqualTo(new Cursor("2025-01-01", "visit:2025-01-omer-bolat-dhaka"));
	}

	@Test
	void noFilterMeansNoCriteriaAscendingTwentyPerPage() {
		given(this.visitRepository.page(any(), anyBoolean(), any())).willReturn(page());
		this.tester.documentName("visitsWithPeople")
			.execute()
			.path("visits.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		ArgumentCaptor<VisitCriteria> criteria = ArgumentCaptor.forClass(VisitCriteria.class);
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.visitRepository).page(criteria.capture(), eq(false), request.capture());
		assertThat(criteria.getValue()).isEqualTo(new VisitCriteria(null, null, null, null, null, null, null, null));
		assertThat(request.getValue().size()).isEqualTo(20);
		verifyNoInteractions(this.actorReferences);
	}

	@Test
	void lastAndBeforePageBackward() {
		given(this.visitRepository.page(any(), anyBoolean(), any())).willReturn(page());
		String before = new Cursor("2025-08-01", "visit:x").encode();
		this.tester.documentName("visitsWithPeople").variable("last", 3).variable("before", before).execute();
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.visitRepository).page(any(), anyBoolean(), request.capture());
		assertThat(request.getValue().backward()).isTrue();
		assertThat(request.getValue().size()).isEqualTo(3);
		assertThat(request.getValue().before()).isEqualTo(new Cursor("2025-08-01", "visit:x"));
	}

	@Test
	void connectionCarriesCursorsPageInfoAndTotal() {
		Visit first = gorgunVisit();
		Visit second = darVisit();
		Connection<Visit> connection = new Connection<>(
				List.of(new Connection.Edge<>("cursor-1", first), new Connection.Edge<>("cursor-2", second)),
				new Connection.PageInfo(true, false, "cursor-1", "cursor-2"), 18);
		given(this.visitRepository.page(any(), anyBoolean(), any())).willReturn(connection);
		GraphQlTester.Response response = this.tester.documentName("visitsWithPeople").variable("first", 2).execute();
		response.path("visits.totalCount").entity(Integer.class).isEqualTo(18);
		response.path("visits.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		response.path("visits.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		response.path("visits.pageInfo.endCursor").entity(String.class).isEqualTo("cursor-2");
		response.path("visits.edges[*].cursor").entityList(String.class).containsExactly("cursor-1", "cursor-2");
		response.path("visits.edges[0].node.date.iso").entity(String.class).isEqualTo("2025-07");
		response.path("visits.edges[0].node.date.precision").entity(String.class).isEqualTo("MONTH");
		response.path("visits.edges[1].node.date.precision").entity(String.class).isEqualTo("DAY");
		response.path("visits.edges[0].node.status").entity(String.class).isEqualTo("COMPLETED");
	}

	@Test
	void relationshipFieldsOfSeveralVisitsLoadActorsInOneQuery() {
		given(this.visitRepository.page(any(), anyBoolean(), any()))
			.willReturn(page(gorgunVisit(), darVisit(), visit("2025-08-dar-again-dhaka", List.of(DAR.id()), PAKISTAN,
					BANGLADESH, List.of(YUNUS.id()), "2025-08")));
		GraphQlTester.Response response = this.tester.documentName("visitsWithPeople").execute();
		response.path("visits.edges[*].node.visitors[*].name")
			.entityList(String.class)
			.containsExactly("Haluk Görgün", "Ishaq Dar", "Ishaq Dar");
		response.path("visits.edges[*].node.fromCountry.name")
			.entityList(String.class)
			.containsExactly("Türkiye", "Pakistan", "Pakistan");
		response.path("visits.edges[*].node.hostCountry.code")
			.entityList(String.class)
			.containsExactly("BD", "BD", "BD");
		response.path("visits.edges[0].node.metWith[*].name")
			.entityList(String.class)
			.containsExactly("Muhammad Yunus");
		response.path("visits.edges[1].node.metWith").entityList(Object.class).hasSize(0);
		assertThat(actorQueries()).singleElement()
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder(GORGUN.id(), DAR.id(), TURKIYE.id(),
					PAKISTAN.id(), BANGLADESH.id(), YUNUS.id()));
	}

	@Test
	void visitorsThatNoLongerExistAreLeftOut() {
		given(this.visitRepository.page(any(), anyBoolean(), any())).willReturn(page(visit("2025-07-gone-dhaka",
				List.of("actor:gone", GORGUN.id()), TURKIYE, BANGLADESH, List.of(), "2025-07")));
		this.tester.documentName("visitsWithPeople")
			.execute()
			.path("visits.edges[0].node.visitors[*].name")
			.entityList(String.class)
			.containsExactly("Haluk Görgün");
	}

	@Test
	void visitById() {
		given(this.visitRepository.findById("visit:2025-08-ishaq-dar-dhaka")).willReturn(darVisit());
		GraphQlTester.Response response = this.tester.documentName("visitById")
			.variable("id", "visit:2025-08-ishaq-dar-dhaka")
			.execute();
		response.path("visit.summary").entity(String.class).isEqualTo("Ishaq Dar visits Dhaka");
		response.path("visit.place").entity(String.class).isEqualTo("Dhaka");
		response.path("visit.date.day").entity(Integer.class).isEqualTo(23);
		response.path("visit.date.precision").entity(String.class).isEqualTo("DAY");
		assertThat(actorQueries()).isEmpty();
	}

	@Test
	void unknownVisitIsNull() {
		this.tester.documentName("visitById")
			.variable("id", "visit:nothing-here")
			.execute()
			.path("visit")
			.valueIsNull();
		verify(this.visitRepository).findById("visit:nothing-here");
	}

	@Test
	void idWithTheWrongPrefixIsABadRequest() {
		expectBadRequest(this.tester.documentName("visitById").variable("id", "actor:haluk-gorgun").execute(), "visit",
				"visit(id) expects an ID starting with visit:, not 'actor:haluk-gorgun'");
		expectBadRequest(this.tester.documentName("visitById").variable("id", "haluk-gorgun").execute(), "visit",
				"IDs start with one of article:, actor:, visit:, deal:, engagement:, candidate:");
		verifyNoInteractions(this.visitRepository);
	}

	@Test
	void sourceThatIsNotAnArticleIdIsABadRequest() {
		expectBadRequest(this.tester.documentName("visitsWithPeople")
			.variable("filter", Map.of("source", "visit:2025-07-haluk-gorgun-dhaka"))
			.execute(), "visits", "filter.source expects an ID starting with article:");
		verify(this.visitRepository, never()).page(any(), anyBoolean(), any());
	}

	@Test
	void badDateInTheFilterIsABadRequestNamingTheProblem() {
		expectBadRequest(
				this.tester.documentName("visitsWithPeople").variable("filter", Map.of("from", "2025-13")).execute(),
				"visits", "'2025-13' has month 13; a month is 01 to 12.");
		expectBadRequest(
				this.tester.documentName("visitsWithPeople").variable("filter", Map.of("to", "July 2025")).execute(),
				"visits", "'July 2025' is not an ISO date");
		expectBadRequest(
				this.tester.documentName("visitsWithPeople").variable("filter", Map.of("from", "2025-02-30")).execute(),
				"visits", "2025-02 has 28 days");
		verify(this.visitRepository, never()).page(any(), anyBoolean(), any());
	}

	@Test
	void pageSizeOverTheCapIsABadRequest() {
		expectBadRequest(this.tester.documentName("visitsWithPeople").variable("first", 101).execute(), "visits",
				"first is 101; at most 100");
		expectBadRequest(
				this.tester.documentName("visitsWithPeople").variable("first", 2).variable("last", 2).execute(),
				"visits", "either first or last");
		expectBadRequest(this.tester.documentName("visitsWithPeople").variable("after", "garbage").execute(), "visits",
				"after is not a cursor");
		verify(this.visitRepository, never()).page(any(), anyBoolean(), any());
	}

	@Test
	void unresolvableActorReferenceIsABadRequestWithItsMessage() {
		given(this.actorReferences.resolve("filter.visitor", "Atlantis"))
			.willThrow(new BadRequestException("filter.visitor: no actor is named 'Atlantis'."));
		expectBadRequest(this.tester.documentName("visitsWithPeople")
			.variable("filter", Map.of("visitor", "Atlantis"))
			.execute(), "visits", "filter.visitor: no actor is named 'Atlantis'.");
	}

	@Test
	void unexpectedFailureIsAnInternalErrorThatRevealsNothing() {
		given(this.visitRepository.page(any(), anyBoolean(), any()))
			.willThrow(new IllegalStateException("secret connection string mongodb://admin:pw@db"));
		this.tester.documentName("visitsWithPeople")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
				assertThat(error.getMessage()).contains("Internal error while fetching /visits")
					.doesNotContain("secret", "mongodb");
			}));
	}

	private static Visit gorgunVisit() {
		return visit("2025-07-haluk-gorgun-dhaka", List.of(GORGUN.id()), TURKIYE, BANGLADESH, List.of(YUNUS.id()),
				"2025-07");
	}

	private static Visit darVisit() {
		return visit("2025-08-ishaq-dar-dhaka", List.of(DAR.id()), PAKISTAN, BANGLADESH, List.of(), "2025-08-23");
	}

	private static Visit visit(String slug, List<String> visitorIds, Actor from, Actor host, List<String> metWithIds,
			String date) {
		String name = ACTORS.stream()
			.filter((actor) -> visitorIds.contains(actor.id()))
			.map(Actor::name)
			.findFirst()
			.orElse("?");
		FuzzyDate fuzzyDate = FuzzyDate.parse(date);
		assertThat(fuzzyDate.precision()).isIn(DatePrecision.MONTH, DatePrecision.DAY);
		return new Visit(Visit.ID_PREFIX + slug, name + " visits Dhaka", visitorIds, from.id(), host.id(), "Dhaka",
				null, fuzzyDate, null, VisitStatus.COMPLETED, metWithIds, List.of(), List.of(), List.of(), 1,
				Origin.SEED);
	}

}
