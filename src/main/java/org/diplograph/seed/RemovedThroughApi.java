package org.diplograph.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;

import org.diplograph.change.ChangeWrites;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Visit;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What was deleted or merged away through the API, read from the tombstones and the
 * actors' redirects, so that no seed reload brings it back.
 */
final class RemovedThroughApi {

	private final MongoTemplate mongo;

	RemovedThroughApi(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The seed without what was deleted or merged away through the API, references to a
	 * merged actor made to the actor it became.
	 */
	Knowledge removeFrom(Knowledge knowledge) {
		Set<String> removed = new HashSet<>();
		this.mongo.findAll(Document.class, ChangeWrites.TOMBSTONES)
			.forEach((tomb) -> removed.add(tomb.getString("_id")));
		Map<String, String> redirects = new LinkedHashMap<>();
		this.mongo.findAll(Document.class, Actor.REDIRECTS)
			.forEach((redirect) -> redirects.put(redirect.getString("_id"), redirect.getString("to")));
		removed.addAll(redirects.keySet());
		if (removed.isEmpty()) {
			return knowledge;
		}
		return new Knowledge(redirected(knowledge.articles(), Article::id, Article::withActor, removed, redirects),
				redirected(knowledge.actors(), Actor::id, Actor::withActor, removed, redirects),
				redirected(knowledge.visits(), Visit::id, Visit::withActor, removed, redirects),
				redirected(knowledge.deals(), DefenceDeal::id, DefenceDeal::withActor, removed, redirects),
				redirected(knowledge.engagements(), Engagement::id, Engagement::withActor, removed, redirects),
				knowledge.contentHash());
	}

	private static <T> List<T> redirected(List<T> documents, Function<T, String> idOf,
			TriFunction<T, String, String, T> withActor, Set<String> removed, Map<String, String> redirects) {
		List<T> kept = new ArrayList<>();
		for (T document : documents) {
			if (!removed.contains(idOf.apply(document))) {
				T mapped = document;
				for (Map.Entry<String, String> redirect : redirects.entrySet()) {
					mapped = withActor.apply(mapped, redirect.getKey(), redirect.getValue());
				}
				kept.add(mapped);
			}
		}
		return kept;
	}

	@FunctionalInterface
	private interface TriFunction<A, B, C, R> {

		R apply(A a, B b, C c);

	}

}
