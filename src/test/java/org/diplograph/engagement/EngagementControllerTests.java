package org.diplograph.engagement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.diplograph.actor.ActorSliceTestSupport;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.Cursor;
import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Engagement;
import org.diplograph.model.EngagementKind;
import org.diplograph.model.Origin;
import org.diplograph.model.VisitStatus;

import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.Fixtures.BANGLADESH;
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

@GraphQlTest(EngagementController.class)
class EngagementControllerTests extends ActorSliceTestSupport {

	@MockitoBean
	private EngagementRepository engagementRepository;

	/** The writes are tested over HTTP; the slice only needs the bean. */
	@MockitoBean
	private EngagementWrites writes;

	@Test
	void filterArgumentsBecomeCriteria() {
		given(this.actorReferences.resolve("filter.involves", "Gorgun")).willReturn(GORGUN.id());
		given(this.engagementRepository.page(any(), anyBoolean(), any())).willReturn(page(call()));
		String after = new Cursor("2024-01-01", "engagement:2024-x").encode();
		this.tester.documentName("engagements")
			.variable("filter", Map.of("involves", "Gorgun", "kind", "PHONE_CALL", "from", "2024-08", "to", "2025"))
			.variable("orderBy", "DATE_DESC")
			.variable("first", 5)
			.variable("after", after)
			.execute()
			.path("engagements.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("engagement:2024-08-gorgun-calls-yunus");
		ArgumentCaptor<EngagementCriteria> criteria = ArgumentCaptor.forClass(EngagementCriteria.class);
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.engagementRepository).page(criteria.capture(), eq(true), request.capture());
		assertThat(criteria.getValue()).isEqualTo(new EngagementCriteria(GORGUN.id(), EngagementKind.PHONE_CALL,
				FuzzyDate.parse("2024-08"), FuzzyDate.parse("2025")));
		// a range leaves undated engagements out, and takes any that overlap it
		assertThat(criteria.getValue().criteria()).extracting((condition) -> condition.getCriteriaObject().toString())
			.anySatisfy((condition) -> assertThat(condition).contains("date=Document{{$ne=null}}"))
			.anySatisfy((condition) -> assertThat(condition).contains("date.end=Document{{$gte=2024-08-01}}"))
			.anySatisfy((condition) -> assertThat(condition).contains("date.start=Document{{$lte=2025-12-31}}"));
		assertThat(request.getValue().size()).isEqualTo(5);
		assertThat(request.getValue().after()).isEqualTo(new Cursor("2024-01-01", "engagement:2024-x"));
	}

	@Test
	void noFilterMeansNoCriteriaOldestFirstTwentyPerPage() {
		given(this.engagementRepository.page(any(), anyBoolean(), any())).willReturn(page());
		this.tester.documentName("engagements")
			.execute()
			.path("engagements.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		ArgumentCaptor<EngagementCriteria> criteria = ArgumentCaptor.forClass(EngagementCriteria.class);
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.engagementRepository).page(criteria.capture(), eq(false), request.capture());
		assertThat(criteria.getValue()).isEqualTo(new EngagementCriteria(null, null, null, null));
		assertThat(criteria.getValue().criteria()).isEmpty();
		assertThat(request.getValue().size()).isEqualTo(20);
		verifyNoInteractions(this.actorReferences);
	}

	@Test
	void participantsCountriesAndHostsOfSeveralEngagementsLoadInOneQuery() {
		given(this.engagementRepository.page(any(), anyBoolean(), any()))
			.willReturn(page(meeting(), call(), undatedExercise()));
		GraphQlTester.Response response = this.tester.documentName("engagements").execute();
		response.path("engagements.edges[*].node.participants[*].name")
			.entityList(String.class)
			.containsExactly("Haluk Görgün", "Muhammad Yunus");
		response.path("engagements.edges[0].node.countries[*].name")
			.entityList(String.class)
			.containsExactly("Bangladesh", "Pakistan");
		response.path("engagements.edges[0].node.hostCountry.name").entity(String.class).isEqualTo("Türkiye");
		response.path("engagements.edges[0].node.place").entity(String.class).isEqualTo("Ankara");
		response.path("engagements.edges[0].node.kind").entity(String.class).isEqualTo("MEETING");
		response.path("engagements.edges[1].node.hostCountry").valueIsNull();
		response.path("engagements.edges[2].node.date").valueIsNull();
		response.path("engagements.edges[2].node.occasion").entity(String.class).isEqualTo("Drill-26");
		response.path("engagements.edges[2].node.status").entity(String.class).isEqualTo("PLANNED");
		assertThat(actorQueries()).singleElement()
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder(BANGLADESH.id(), PAKISTAN.id(), TURKIYE.id(),
					GORGUN.id(), YUNUS.id()));
	}

	@Test
	void spanDateGivesItsStartAndUntil() {
		given(this.engagementRepository.findById("engagement:2024-talks-ankara")).willReturn(meeting());
		GraphQlTester.Response response = this.tester.documentName("engagementById")
			.variable("id", "engagement:2024-talks-ankara")
			.execute();
		response.path("engagement.date.iso").entity(String.class).isEqualTo("2024-04");
		response.path("engagement.date.precision").entity(String.class).isEqualTo("MONTH");
		response.path("engagement.date.until.iso").entity(String.class).isEqualTo("2025-10");
		response.path("engagement.date.until.until").pathDoesNotExist();
		response.path("engagement.sources[0].quote").entity(String.class).isEqualTo("They met in Ankara.");
		response.path("engagement.sources[0].start").entity(Integer.class).isEqualTo(10);
	}

	@Test
	void unknownEngagementIsNullAndAWrongPrefixABadRequest() {
		this.tester.documentName("engagementById")
			.variable("id", "engagement:nothing-here")
			.execute()
			.path("engagement")
			.valueIsNull();
		expectBadRequest(this.tester.documentName("engagementById").variable("id", "visit:2025-x").execute(),
				"engagement", "engagement(id) expects an ID starting with engagement:, not 'visit:2025-x'");
		verify(this.engagementRepository, never()).findById("visit:2025-x");
	}

	@Test
	void badFilterValuesAreBadRequests() {
		expectBadRequest(
				this.tester.documentName("engagements").variable("filter", Map.of("from", "2025-13")).execute(),
				"engagements", "'2025-13' has month 13");
		expectBadRequest(this.tester.documentName("engagements")
			.variable("filter", Map.of("from", "2025-09", "to", "2025-01"))
			.execute(), "engagements", "filter.from (2025-09) is after filter.to (2025-01)");
		expectBadRequest(this.tester.documentName("engagements").variable("first", 101).execute(), "engagements",
				"first is 101; at most 100");
		given(this.actorReferences.resolve("filter.involves", "Atlantis"))
			.willThrow(new BadRequestException("filter.involves: no actor is named 'Atlantis'."));
		expectBadRequest(
				this.tester.documentName("engagements").variable("filter", Map.of("involves", "Atlantis")).execute(),
				"engagements", "filter.involves: no actor is named 'Atlantis'.");
		verify(this.engagementRepository, never()).page(any(), anyBoolean(), any());
	}

	private static Engagement meeting() {
		return engagement("2024-talks-ankara", EngagementKind.MEETING, List.of(),
				List.of(BANGLADESH.id(), PAKISTAN.id()), "Ankara", TURKIYE.id(), null,
				FuzzyDate.parseSpan("2024-04/2025-10"), VisitStatus.COMPLETED);
	}

	private static Engagement call() {
		return engagement("2024-08-gorgun-calls-yunus", EngagementKind.PHONE_CALL, List.of(GORGUN.id(), YUNUS.id()),
				List.of(TURKIYE.id(), BANGLADESH.id()), null, null, null, FuzzyDate.parse("2024-08"),
				VisitStatus.COMPLETED);
	}

	private static Engagement undatedExercise() {
		return engagement("drill-26", EngagementKind.JOINT_EXERCISE, List.of(), List.of(BANGLADESH.id(), TURKIYE.id()),
				null, null, "Drill-26", null, VisitStatus.PLANNED);
	}

	private static Engagement engagement(String slug, EngagementKind kind, List<String> participantIds,
			List<String> countryIds, String place, String hostId, String occasion, FuzzyDate date, VisitStatus status) {
		return new Engagement(Engagement.ID_PREFIX + slug, kind, "Talks of our own making", participantIds, countryIds,
				place, hostId, occasion, date, status,
				List.of(new Evidence("article:900_x", "They met in Ankara.", 10, 29)), List.of(),
				List.of("article:900_x"), Engagement.sortKeyOf(date), 1, Origin.SEED);
	}

}
