package org.diplograph.article;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

import org.diplograph.actor.ActorReferences;
import org.diplograph.actor.ActorsOfKind;
import org.diplograph.common.Connection;
import org.diplograph.common.Loaded;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Mention;
import org.diplograph.model.NodeIds;
import org.diplograph.model.Visit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Article queries and the relationship fields of Article and Mention; Evidence.article is
 * {@link EvidenceArticle}.
 */
@Controller
class ArticleController {

	private final ArticleRepository articles;

	private final ActorReferences actorReferences;

	ArticleController(ArticleRepository articles, ActorReferences actorReferences) {
		this.articles = articles;
		this.actorReferences = actorReferences;
	}

	@QueryMapping
	Article article(@Argument String id) {
		return this.articles.findById(NodeIds.require(id, Article.ID_PREFIX, "article(id)"));
	}

	@QueryMapping
	Connection<Article> articles(@Argument ArticleFilter filter, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before, DataFetchingEnvironment env) {
		PageRequest request = PageRequest.of(first, after, last, before);
		ArticleFilter given = (filter != null) ? filter : ArticleFilter.NONE;
		return this.articles.page(given.resolve(this.actorReferences), request,
				ArticleFields.unselected(env.getSelectionSet(), "edges/node/"));
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> actors(Article article, @Argument ActorKind kind, DataLoader<String, Actor> actors,
			DataFetchingEnvironment env) {
		return (kind != null) ? ActorsOfKind.load(env, article.actorIds(), kind)
				: Loaded.all(actors, article.actorIds());
	}

	@SchemaMapping
	CompletableFuture<List<Visit>> visits(Article article, DataLoader<String, Visit> visits) {
		return Loaded.all(visits, article.visitIds());
	}

	@SchemaMapping
	CompletableFuture<List<DefenceDeal>> deals(Article article, DataLoader<String, DefenceDeal> deals) {
		return Loaded.all(deals, article.dealIds());
	}

	@SchemaMapping(typeName = "Mention")
	CompletableFuture<Actor> actor(Mention mention, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, mention.actorId());
	}

}
