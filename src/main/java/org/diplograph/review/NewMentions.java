package org.diplograph.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.change.Plan;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Article;
import org.diplograph.model.Mention;
import org.diplograph.model.Origin;
import org.diplograph.text.MentionFinder;

/**
 * Where the articles of actor candidates name the actors they became: found by the text
 * pipeline's mention finder and added to those articles' mentions in the same change, so
 * that an accepted actor is linked to the article that proposed it at once.
 */
final class NewMentions {

	private final Map<String, Map<String, List<String>>> namesByArticle = new LinkedHashMap<>();

	/** The actor, under these names, is named in the article. */
	NewMentions add(String articleId, String actorId, List<String> names) {
		this.namesByArticle.computeIfAbsent(articleId, (id) -> new LinkedHashMap<>())
			.computeIfAbsent(actorId, (id) -> new ArrayList<>())
			.addAll(names);
		return this;
	}

	/** Updates each article, as read now, with the mentions found. */
	void addTo(Plan plan, CandidateRepository repository) {
		this.namesByArticle.forEach((articleId, names) -> {
			Article article = repository.article(articleId);
			if (article == null) {
				return;
			}
			List<Actor> actors = new ArrayList<>();
			names.forEach((actorId, spellings) -> actors.add(stub(actorId, spellings)));
			List<Mention> found = new MentionFinder(actors).mentions(article.body());
			if (!found.isEmpty()) {
				plan.update(article, article.withMentions(found), article.revision());
			}
		});
	}

	/** An actor with only the names to look for. */
	private static Actor stub(String id, List<String> names) {
		return new Actor(id, names.get(0), ActorKind.PERSON, names.subList(1, names.size()), List.of(), null, null,
				List.of(), null, List.of(), "", List.of(), List.of(), List.of(), "", List.of(), 1, Origin.API);
	}

}
