package org.diplograph.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Mention;
import org.diplograph.model.Visit;
import org.diplograph.text.MentionFinder;

/**
 * Turns the seed and the source texts into documents, checking everything first: a
 * problem anywhere is reported with its seed file and entry, and nothing is built. Runs
 * the stages the README describes: the texts checked and cleaned ({@link ArticleReader}),
 * every entry checked and built ({@link ActorBuilder}, {@link VisitBuilder},
 * {@link DealBuilder}, {@link EngagementBuilder}, {@link EvidenceBuilder}), mentions
 * found ({@link MentionFinder}, names and roles at the article's date), and the documents
 * linked to each other ({@link CrossReferences}).
 */
final class KnowledgeBuilder {

	private KnowledgeBuilder() {
	}

	static Knowledge build(SeedSource seed) {
		Problems problems = new Problems();
		Map<String, SeedArticle> articles = ArticleReader.read(seed, problems);
		Map<String, Actor> actors = ActorBuilder.build(seed.actors(), problems);
		EvidenceBuilder evidence = new EvidenceBuilder(articles, seed.articles(), problems);
		List<Visit> visits = VisitBuilder.build(seed.visits(), actors, evidence, problems);
		List<DefenceDeal> deals = DealBuilder.build(seed.deals(), actors, evidence, problems);
		List<Engagement> engagements = EngagementBuilder.build(seed.engagements(), actors, evidence, problems);
		problems.throwIfAny();
		MentionFinder finder = new MentionFinder(actors.values());
		Map<String, List<String>> articleIdsByActor = new HashMap<>();
		CrossReferences references = CrossReferences.of(visits, deals, engagements);
		List<Article> articleDocuments = new ArrayList<>();
		for (SeedArticle article : articles.values()) {
			List<Mention> mentions = finder.mentions(article.text().body(), article.publishedOn());
			mentions
				.forEach((mention) -> articleIdsByActor.computeIfAbsent(mention.actorId(), (id) -> new ArrayList<>())
					.add(article.id()));
			articleDocuments.add(article.toDocument(mentions, references.visitIdsOf(article.id()),
					references.dealIdsOf(article.id()), references.engagementIdsOf(article.id())));
		}
		List<Actor> actorDocuments = actors.values()
			.stream()
			.map((actor) -> references.addTo(actor, articleIdsByActor.getOrDefault(actor.id(), List.of())))
			.toList();
		return new Knowledge(List.copyOf(articleDocuments), actorDocuments, visits, deals, engagements,
				seed.contentHash());
	}

}
