package org.diplograph.article;

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
import org.diplograph.model.Article;
import org.diplograph.model.Mention;

import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.Fixtures.ARMY;
import static org.diplograph.Fixtures.BANGLADESH;
import static org.diplograph.Fixtures.GORGUN;
import static org.diplograph.Fixtures.PAKISTAN;
import static org.diplograph.Fixtures.RAHMAN;
import static org.diplograph.Fixtures.YUNUS;
import static org.diplograph.Fixtures.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@GraphQlTest(ArticleController.class)
class ArticleControllerTests extends ActorSliceTestSupport {

	@MockitoBean
	private ArticleRepository articleRepository;

	@Test
	void filterArgumentsBecomeCriteria() {
		given(this.actorReferences.resolve("filter.mentions", "Gorgun")).willReturn(GORGUN.id());
		given(this.actorReferences.resolve("filter.mentions", "Haluk Görgün")).willReturn(GORGUN.id());
		given(this.actorReferences.resolve("filter.mentions", "BD")).willReturn(BANGLADESH.id());
		given(this.articleRepository.page(any(), any())).willReturn(page(anadolu()));
		this.tester.documentName("articlesWithActors")
			.variable("filter",
					Map.of("mentions", List.of("Gorgun", "BD", "Haluk Görgün"), "publishedFrom", "2025-07",
							"publishedTo", "2025-12-31"))
			.variable("first", 10)
			.execute()
			.path("articles.edges[*].node.title")
			.entityList(String.class)
			.containsExactly("Görgün holds talks in Dhaka");
		ArgumentCaptor<ArticleCriteria> criteria = ArgumentCaptor.forClass(ArticleCriteria.class);
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.articleRepository).page(criteria.capture(), request.capture());
		// the same actor named twice is one criterion
		assertThat(criteria.getValue().mentionedActorIds()).containsExactly(GORGUN.id(), BANGLADESH.id());
		assertThat(criteria.getValue().from()).isEqualTo(FuzzyDate.parse("2025-07"));
		assertThat(criteria.getValue().from().start()).isEqualTo("2025-07-01");
		assertThat(criteria.getValue().to().iso()).isEqualTo("2025-12-31");
		assertThat(request.getValue().size()).isEqualTo(10);
	}

	@Test
	void noFilterMeansNoCriteria() {
		given(this.articleRepository.page(any(), any())).willReturn(page());
		this.tester.documentName("articlesWithActors")
			.execute()
			.path("articles.totalCount")
			.entity(Integer.class)
			.isEqualTo(0);
		ArgumentCaptor<PageRequest> request = ArgumentCaptor.forClass(PageRequest.class);
		verify(this.articleRepository).page(eq(new ArticleCriteria(List.of(), null, null)), request.capture());
		assertThat(request.getValue().size()).isEqualTo(20);
		verifyNoInteractions(this.actorReferences);
	}

	@Test
	void actorsOfSeveralArticlesLoadInOneQueryAndFilterByKind() {
		given(this.articleRepository.page(any(), any())).willReturn(page(rostami(), anadolu(), bdMilitary()));
		GraphQlTester.Response response = this.tester.documentName("articlesWithActors")
			.variable("kind", "PERSON")
			.execute();
		response.path("articles.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("article:004_x", "article:002_x", "article:003_x");
		response.path("articles.edges[0].node.actors").entityList(Object.class).hasSize(0);
		response.path("articles.edges[1].node.actors[*].name")
			.entityList(String.class)
			.containsExactly("Haluk Görgün", "Muhammad Yunus");
		response.path("articles.edges[2].node.actors[*].name")
			.entityList(String.class)
			.containsExactly("Faizur Rahman");
		assertThat(actorQueries()).singleElement()
			.satisfies((ids) -> assertThat(ids).containsExactlyInAnyOrder(BANGLADESH.id(), PAKISTAN.id(), GORGUN.id(),
					YUNUS.id(), RAHMAN.id(), ARMY.id()));
	}

	@Test
	void actorsWithoutKindAreAllOfThemInMentionOrder() {
		given(this.articleRepository.page(any(), any())).willReturn(page(bdMilitary()));
		this.tester.documentName("articlesWithActors")
			.execute()
			.path("articles.edges[0].node.actors[*].name")
			.entityList(String.class)
			.containsExactly("Bangladesh", "Pakistan", "Faizur Rahman", "Bangladesh Army");
	}

	@Test
	void articleByIdWithMentions() {
		given(this.articleRepository.findById("article:002_x")).willReturn(anadolu());
		GraphQlTester.Response response = this.tester.documentName("articleById")
			.variable("id", "article:002_x")
			.execute();
		response.path("article.title").entity(String.class).isEqualTo("Görgün holds talks in Dhaka");
		response.path("article.publishedOn.iso").entity(String.class).isEqualTo("2025-07");
		response.path("article.publishedOn.precision").entity(String.class).isEqualTo("MONTH");
		response.path("article.wordCount").entity(Integer.class).isEqualTo(342);
		response.path("article.mentions[*].actor.name")
			.entityList(String.class)
			.containsExactly("Bangladesh", "Haluk Görgün", "Muhammad Yunus");
		response.path("article.mentions[1].count").entity(Integer.class).isEqualTo(2);
		response.path("article.mentions[1].offsets").entityList(Integer.class).containsExactly(180, 340);
		assertThat(actorQueries()).hasSize(1);
	}

	@Test
	void unknownArticleIsNull() {
		this.tester.documentName("articleById").variable("id", "article:999_x").execute().path("article").valueIsNull();
	}

	@Test
	void idWithTheWrongPrefixIsABadRequest() {
		expectBadRequest(this.tester.documentName("articleById").variable("id", "actor:haluk-gorgun").execute(),
				"article", "article(id) expects an ID starting with article:, not 'actor:haluk-gorgun'");
		expectBadRequest(this.tester.documentName("articleById").variable("id", "").execute(), "article",
				"An ID is empty");
		verifyNoInteractions(this.articleRepository);
	}

	@Test
	void badDateInTheFilterIsABadRequestNamingTheProblem() {
		expectBadRequest(this.tester.documentName("articlesWithActors")
			.variable("filter", Map.of("publishedFrom", "2025-02-30"))
			.execute(), "articles", "'2025-02-30' is not a day of the calendar (2025-02 has 28 days).");
		expectBadRequest(this.tester.documentName("articlesWithActors")
			.variable("filter", Map.of("publishedTo", "20255"))
			.execute(), "articles", "'20255' is not an ISO date");
		expectBadRequest(
				this.tester.documentName("articlesWithActors").variable("filter", Map.of("publishedTo", "")).execute(),
				"articles", "A date is empty");
		verify(this.articleRepository, never()).page(any(), any());
	}

	@Test
	void pageSizeOverTheCapIsABadRequest() {
		expectBadRequest(this.tester.documentName("articlesWithActors").variable("first", 101).execute(), "articles",
				"first is 101; at most 100");
		verify(this.articleRepository, never()).page(any(), any());
	}

	@Test
	void unresolvableMentionIsABadRequestWithItsMessage() {
		given(this.actorReferences.resolve("filter.mentions", "Hossain")).willThrow(new BadRequestException(
				"filter.mentions: 'Hossain' names several actors: Touhid Hossain (actor:touhid-hossain), Khalid Hossain "
						+ "(actor:khalid-hossain); use a fuller name or an ID."));
		expectBadRequest(this.tester.documentName("articlesWithActors")
			.variable("filter", Map.of("mentions", List.of("Hossain")))
			.execute(), "articles", "Touhid Hossain (actor:touhid-hossain)");
		verify(this.articleRepository, never()).page(any(), any());
	}

	private static Article anadolu() {
		return article("002_x", "Görgün holds talks in Dhaka", "2025-07", 342,
				List.of(mention(BANGLADESH, 0), mention(GORGUN, 180, 340), mention(YUNUS, 220)));
	}

	private static Article rostami() {
		return article("004_x", "Pakistan and Bangladesh", "2025-10-23", 1078,
				List.of(mention(PAKISTAN, 12), mention(BANGLADESH, 30)));
	}

	private static Article bdMilitary() {
		return article("003_x", "Quartermaster General calls on Pakistan", "2025", 1044,
				List.of(mention(BANGLADESH, 0), mention(PAKISTAN, 15), mention(RAHMAN, 216), mention(ARMY, 300)));
	}

	private static Article article(String stem, String title, String date, int wordCount, List<Mention> mentions) {
		FuzzyDate publishedOn = FuzzyDate.parse(date);
		return new Article(Article.ID_PREFIX + stem, title, null, null, publishedOn, "body", stem + ".txt",
				"0".repeat(64), wordCount, mentions, mentions.stream().map(Mention::actorId).toList(), List.of(),
				List.of(), Article.sortKeyOf(publishedOn), List.of(), 1, Origin.SEED);
	}

	private static Mention mention(Actor actor, Integer... offsets) {
		return new Mention(actor.id(), offsets.length, List.of(offsets), List.of());
	}

}
