package org.diplograph.actor;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.Connection;
import org.diplograph.common.Cursor;
import org.diplograph.common.FuzzyDate;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@GraphQlTest(ActorController.class)
@Import(ActorLoader.class)
class ActorControllerTests {

	private static final Actor TURKIYE = actor("country-tr", "Türkiye", ActorKind.COUNTRY, "TR", null, List.of());

	private static final Actor BANGLADESH = actor("country-bd", "Bangladesh", ActorKind.COUNTRY, "BD", null, List.of());

	private static final Actor SECRETARIAT = actor("defence-industries-secretariat", "Defence Industries Secretariat",
			ActorKind.ORGANIZATION, null, TURKIYE.id(), List.of());

	private static final Actor GORGUN = actor("haluk-gorgun", "Haluk Görgün", ActorKind.PERSON, null, TURKIYE.id(),
			List.of(new Role("President of Defence Industries", SECRETARIAT.id(), FuzzyDate.parse("2023-06"), null)));

	private static final Actor BOLAT = actor("omer-bolat", "Ömer Bolat", ActorKind.PERSON, null, TURKIYE.id(),
			List.of(new Role("Minister of Trade", TURKIYE.id(), null, null)));

	private static final Actor YUNUS = actor("muhammad-yunus", "Muhammad Yunus", ActorKind.PERSON, null,
			BANGLADESH.id(), List.of(new Role("Chief Adviser", BANGLADESH.id(), FuzzyDate.parse("2024-08"), null)));

	private static final Actor TOUHID = actor("touhid-hossain", "Touhid Hossain", ActorKind.PERSON, null,
			BANGLADESH.id(), List.of());

	private static final Actor KHALID = actor("khalid-hossain", "Khalid Hossain", ActorKind.PERSON, null,
			BANGLADESH.id(), List.of());

	private static final List<Actor> ACTORS = List.of(TURKIYE, BANGLADESH, SECRETARIAT, GORGUN, BOLAT, YUNUS, TOUHID,
			KHALID);

	@Autowired
	private GraphQlTester tester;

	@MockitoBean
	private ActorRepository actorRepository;

	@MockitoBean
	private ActorReferences actorReferences;

	@BeforeEach
	void actorsById() {
		given(this.actorRepository.findAllById(anyCollection())).willAnswer((invocation) -> {
			Collection<String> ids = invocation.getArgument(0);
			return ACTORS.stream().filter((actor) -> ids.contains(actor.id())).toList();
		});
	}

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
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Collection<String>> ids = ArgumentCaptor.forClass(Collection.class);
		verify(this.actorRepository, times(1)).findAllById(ids.capture());
		assertThat(ids.getValue()).containsExactlyInAnyOrder(TURKIYE.id(), BANGLADESH.id());
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

	private static void expectBadRequest(GraphQlTester.Response response, String path, String messagePart) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains(messagePart).doesNotContain("Exception");
			assertThat(error.getPath()).isEqualTo(path);
		}));
	}

	private static Connection<Actor> page(Actor... actors) {
		List<Connection.Edge<Actor>> edges = Arrays.stream(actors)
			.map((actor) -> new Connection.Edge<>(new Cursor(actor.sortKey(), actor.id()).encode(), actor))
			.toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new Connection.PageInfo(false, false, start, end), actors.length);
	}

	private static Actor actor(String slug, String name, ActorKind kind, String code, String countryId,
			List<Role> roles) {
		List<String> aliases = slug.equals("haluk-gorgun") ? List.of("Gorgun") : List.of();
		return new Actor(Actor.ID_PREFIX + slug, name, kind, aliases, List.of(), code, countryId, roles, null,
				List.of(), "", List.of(), List.of(), List.of(), name.toLowerCase());
	}

}
