package org.diplograph.actor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import org.diplograph.Fixtures;
import org.diplograph.common.BatchingProperties;
import org.diplograph.common.NearCache;
import org.diplograph.model.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;

/**
 * What the slice tests of the controllers share, as spring-graphql's
 * BatchMappingTestSupport does: the tester, the real actor DataLoaders (by ID, and by ID
 * and kind) over the cast of {@link Fixtures} (their repository mocked, so a test can
 * count the queries it makes; nothing cached across requests), mocked actor references,
 * and the check of a BAD_REQUEST.
 */
@Import({ ActorBatchLoader.class, ActorsOfKind.class, NearCache.class })
@EnableConfigurationProperties(BatchingProperties.class)
@TestPropertySource(properties = "diplograph.graphql.near-cache-size=0")
public abstract class ActorSliceTestSupport {

	@Autowired
	protected GraphQlTester tester;

	@MockitoBean
	protected ActorReferences actorReferences;

	@MockitoBean
	ActorRepository actorRepository;

	@BeforeEach
	void actorsById() {
		given(this.actorRepository.findMapById(anyCollection())).willAnswer((invocation) -> {
			Map<String, Actor> found = new HashMap<>();
			Fixtures.actorsWithIds(invocation.<Collection<String>>getArgument(0))
				.forEach((actor) -> found.put(actor.id(), actor));
			return found;
		});
		given(this.actorRepository.findAllOfKinds(anyCollection(), anyCollection()))
			.willAnswer((invocation) -> Fixtures.actorsWithIds(invocation.getArgument(0))
				.stream()
				.filter((actor) -> ((Collection<?>) invocation.getArgument(1)).contains(actor.kind()))
				.toList());
	}

	/** The IDs each query of the DataLoader of actors by kind asked for, in order. */
	protected List<Collection<String>> actorOfKindQueries() {
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Collection<String>> ids = ArgumentCaptor.forClass(Collection.class);
		verify(this.actorRepository, Mockito.atLeast(0)).findAllOfKinds(ids.capture(), anyCollection());
		return ids.getAllValues();
	}

	/** The IDs each query of the actor DataLoader asked for, in order. */
	protected List<Collection<String>> actorQueries() {
		@SuppressWarnings("unchecked")
		ArgumentCaptor<Collection<String>> ids = ArgumentCaptor.forClass(Collection.class);
		verify(this.actorRepository, Mockito.atLeast(0)).findMapById(ids.capture());
		return ids.getAllValues();
	}

	/**
	 * Checks that the response is one BAD_REQUEST at {@code path} whose message contains
	 * {@code messagePart} and names no exception.
	 */
	protected static void expectBadRequest(GraphQlTester.Response response, String path, String messagePart) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).contains(messagePart).doesNotContain("Exception");
			assertThat(error.getPath()).isEqualTo(path);
		}));
	}

}
