package org.diplograph.actor;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.Cursor;
import org.diplograph.common.PageRequest;
import org.diplograph.model.ActorKind;

import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.Fixtures.BANGLADESH;
import static org.diplograph.Fixtures.BOLAT;
import static org.diplograph.Fixtures.GORGUN;
import static org.diplograph.Fixtures.KHALID;
import static org.diplograph.Fixtures.TOUHID;
import static org.diplograph.Fixtures.TURKIYE;
import static org.diplograph.Fixtures.YUNUS;
import static org.diplograph.Fixtures.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@GraphQlTest(ActorController.class)
class ActorControllerTests extends ActorSliceTestSupport {

	/** The writes are tested over HTTP; the slice only needs the bean. */
	@MockitoBean
	private ActorWrites writes;

	@Test
	void filterArgumentsBecomeCriteria() {
		given(this.actorReferences.resolveCountry("filter.country", "TR")).willReturn(TURKIYE.id());
		given(this.actorRepository.page(any(), any())).willReturn(page(GORGUN));
		String after = new Cursor("gorgun", "actor:a").encode();
		this.tester.documentName("actorsWithCountry")
			.variable("filter", Map.of("name", "Görgün", "kind", "PERSON", "country", "TR"))
			.variable("first", 3)
			.variable("after", after)
			.execute()
			.path("actors.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Haluk Görgün");
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.actorRepository).page(eq(new ActorCriteria("gorgun", ActorKind.PERSON, TURKIYE.id())),
				request.capture());
		assertThat(request.getValue().size()).isEqualTo(3);
		assertThat(request.getValue().after()).isEqualTo(new Cursor("gorgun", "actor:a"));
	}

	@Test
	void nameFilterIsFoldedLikeEveryName() {
		given(this.actorRepository.page(any(), any())).willReturn(page());
		this.tester.documentName("actorsWithCountry").variable("filter", Map.of("name", "Waker-Uz-ZAMAN")).execute();
		verify(this.actorRepository).page(eq(new ActorCriteria("wakeruzzaman", null, null)), any());
		verifyNoInteractions(this.actorReferences);
	}

	@Test
	void noFilterMeansNoCriteria() {
		given(this.actorRepository.page(any(), any())).willReturn(page());
		this.tester.documentName("actorsWithCountry")
			.execute()
			.path("actors.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.actorRepository).page(eq(new ActorCriteria(null, null, null)), request.capture());
		assertThat(request.getValue().size()).isEqualTo(20);
		assertThat(request.getValue().backward()).isFalse();
	}

	@Test
	void countryOfSeveralActorsLoadsInOneQuery() {
		given(this.actorRepository.page(any(), any())).willReturn(page(GORGUN, BOLAT, YUNUS, TURKIYE));
		GraphQlTester.Response response = this.tester.documentName("actorsWithCountry").execute();
		response.path("actors.edges[*].node.name")
			.entityList(String.class)
			.containsExactly("Haluk Görgün", "Ömer Bolat", "Muhammad Yunus", "Türkiye");
		response.path("actors.edges[*].node.country.code").entityList(String.class).containsExactly("TR", "TR", "BD");
		response.path("actors.edges[3].node.country").valueIsNull();
		response.path("actors.edges[3].node.code").entity(String.class).isEqualTo("TR");
		assertThat(actorQueries()).singleElement()
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder(TURKIYE.id(), BANGLADESH.id()));
	}

	@Test
	void actorWithRolesAndTheirOrganizations() {
		given(this.actorRepository.findById(GORGUN.id())).willReturn(GORGUN);
		GraphQlTester.Response response = this.tester.documentName("actorWithRoles")
			.variable("id", GORGUN.id())
			.execute();
		response.path("actor.name").entity(String.class).isEqualTo("Haluk Görgün");
		response.path("actor.kind").entity(String.class).isEqualTo("PERSON");
		response.path("actor.aliases").entityList(String.class).containsExactly("Gorgun");
		response.path("actor.roles[0].title").entity(String.class).isEqualTo("President of Defence Industries");
		response.path("actor.roles[0].organization.name")
			.entity(String.class)
			.isEqualTo("Defence Industries Secretariat");
		response.path("actor.roles[0].since.iso").entity(String.class).isEqualTo("2023-06");
		response.path("actor.roles[0].until").valueIsNull();
	}

	@Test
	void unknownActorIsNull() {
		this.tester.documentName("actorWithRoles").variable("id", "actor:nobody").execute().path("actor").valueIsNull();
		verify(this.actorRepository).findById("actor:nobody");
	}

	@Test
	void idWithTheWrongPrefixIsABadRequest() {
		expectBadRequest(this.tester.documentName("actorWithRoles").variable("id", "deal:boran-howitzers").execute(),
				"actor", "actor(id) expects an ID starting with actor:, not 'deal:boran-howitzers'");
		expectBadRequest(this.tester.documentName("actorWithRoles").variable("id", "person:haluk-gorgun").execute(),
				"actor", "'person:haluk-gorgun' is not an ID of this API");
		verify(this.actorRepository, never()).findById(anyString());
	}

	@Test
	void actorByNameLooksUpTheNameKey() {
		given(this.actorRepository.findByNameKey("halukgorgun")).willReturn(List.of(GORGUN));
		this.tester.documentName("actorNamed")
			.variable("name", "HALUK görgün")
			.execute()
			.path("actorByName.id")
			.entity(String.class)
			.isEqualTo(GORGUN.id());
	}

	@Test
	void actorByNameWithoutMatchIsNull() {
		this.tester.documentName("actorNamed").variable("name", "Atlantis").execute().path("actorByName").valueIsNull();
		verify(this.actorRepository).findByNameKey("atlantis");
	}

	@Test
	void actorByNameSharedBySeveralActorsIsABadRequestListingThem() {
		given(this.actorRepository.findByNameKey("hossain")).willReturn(List.of(TOUHID, KHALID));
		expectBadRequest(this.tester.documentName("actorNamed").variable("name", "Hossain").execute(), "actorByName",
				"'Hossain' names several actors: Touhid Hossain (actor:touhid-hossain), Khalid Hossain (actor:khalid-hossain)");
	}

	@Test
	void blankOrOverlongNameIsABadRequest() {
		expectBadRequest(this.tester.documentName("actorNamed").variable("name", "  ").execute(), "actorByName",
				"give a name of 1 to 200 characters");
		expectBadRequest(this.tester.documentName("actorNamed").variable("name", "n".repeat(201)).execute(),
				"actorByName", "give a name of 1 to 200 characters");
		expectBadRequest(this.tester.documentName("actorsWithCountry")
			.variable("filter", Map.of("name", "n".repeat(201)))
			.execute(), "actors", "filter.name is longer than 200 characters");
		verify(this.actorRepository, never()).findByNameKey(anyString());
	}

	@Test
	void countryThatIsNotACountryIsABadRequestWithItsMessage() {
		given(this.actorReferences.resolveCountry("filter.country", "Haluk Görgün")).willThrow(new BadRequestException(
				"filter.country: 'Haluk Görgün' is Haluk Görgün (actor:haluk-gorgun), a person, not a country."));
		expectBadRequest(this.tester.documentName("actorsWithCountry")
			.variable("filter", Map.of("country", "Haluk Görgün"))
			.execute(), "actors", "a person, not a country");
		verify(this.actorRepository, never()).page(any(), any());
	}

	@Test
	void pageSizeOverTheCapIsABadRequest() {
		expectBadRequest(this.tester.documentName("actorsWithCountry").variable("last", 101).execute(), "actors",
				"last is 101; at most 100");
		expectBadRequest(this.tester.documentName("actorsWithCountry").variable("first", 101).execute(), "actors",
				"first is 101; at most 100");
		verify(this.actorRepository, never()).page(any(), any());
	}

}
