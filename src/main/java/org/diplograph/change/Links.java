package org.diplograph.change;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.Document;

import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Mention;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitRole;

/**
 * The reverse links a fact or article change implies, as idempotent updates of the
 * documents linked to: an actor lists its articles, visits (with role), deals and
 * engagements, an article the visits, deals and engagements it reports. Computed from the
 * document before and after (either may be null), so a link is added or removed only
 * where it changed.
 */
final class Links {

	static final String ACTORS = "actors";

	static final String ARTICLES = "articles";

	static final String VISITS = "visits";

	static final String DEALS = "deals";

	static final String ENGAGEMENTS = "engagements";

	private Links() {
	}

	static void between(Object before, Object after, Plan plan) {
		Object either = (after != null) ? after : before;
		if (either instanceof Visit) {
			visit((Visit) before, (Visit) after, plan);
		}
		else if (either instanceof DefenceDeal) {
			deal((DefenceDeal) before, (DefenceDeal) after, plan);
		}
		else if (either instanceof Engagement) {
			engagement((Engagement) before, (Engagement) after, plan);
		}
		else if (either instanceof Article) {
			article((Article) before, (Article) after, plan);
		}
	}

	private static void visit(Visit before, Visit after, Plan plan) {
		String id = (after != null) ? after.id() : before.id();
		Set<Document> oldRefs = visitRefs(before);
		Set<Document> newRefs = visitRefs(after);
		for (Document ref : oldRefs) {
			if (!newRefs.contains(ref)) {
				plan.pull(ACTORS, ref.getString("actorId"), "visitRefs", visitRef(id, ref.getString("role")));
			}
		}
		for (Document ref : newRefs) {
			if (!oldRefs.contains(ref)) {
				plan.addToSet(ACTORS, ref.getString("actorId"), "visitRefs", visitRef(id, ref.getString("role")));
			}
		}
		relink(ARTICLES, "visitIds", id, (before != null) ? before.articleIds() : List.of(),
				(after != null) ? after.articleIds() : List.of(), plan);
	}

	private static void deal(DefenceDeal before, DefenceDeal after, Plan plan) {
		String id = (after != null) ? after.id() : before.id();
		relink(ACTORS, "dealIds", id, (before != null) ? before.involvedIds() : List.of(),
				(after != null) ? after.involvedIds() : List.of(), plan);
		relink(ARTICLES, "dealIds", id, (before != null) ? before.articleIds() : List.of(),
				(after != null) ? after.articleIds() : List.of(), plan);
	}

	private static void engagement(Engagement before, Engagement after, Plan plan) {
		String id = (after != null) ? after.id() : before.id();
		relink(ACTORS, "engagementIds", id, (before != null) ? before.involvedIds() : List.of(),
				(after != null) ? after.involvedIds() : List.of(), plan);
		relink(ARTICLES, "engagementIds", id, (before != null) ? before.articleIds() : List.of(),
				(after != null) ? after.articleIds() : List.of(), plan);
	}

	private static void article(Article before, Article after, Plan plan) {
		String id = (after != null) ? after.id() : before.id();
		relink(ACTORS, "articleIds", id, mentioned(before), mentioned(after), plan);
	}

	private static List<String> mentioned(Article article) {
		return (article != null) ? article.mentions().stream().map(Mention::actorId).distinct().toList() : List.of();
	}

	/**
	 * Removes {@code id} from {@code field} of the documents no longer linked and adds it
	 * to the newly linked ones.
	 */
	private static void relink(String collection, String field, String id, List<String> before, List<String> after,
			Plan plan) {
		Set<String> old = new HashSet<>(before);
		Set<String> now = new HashSet<>(after);
		before.stream()
			.filter(Objects::nonNull)
			.filter((target) -> !now.contains(target))
			.distinct()
			.forEach((target) -> plan.pull(collection, target, field, id));
		after.stream()
			.filter(Objects::nonNull)
			.filter((target) -> !old.contains(target))
			.distinct()
			.forEach((target) -> plan.addToSet(collection, target, field, id));
	}

	private static Set<Document> visitRefs(Visit visit) {
		Set<Document> refs = new java.util.LinkedHashSet<>();
		if (visit != null) {
			for (Map.Entry<String, List<VisitRole>> entry : visit.actorRoles().entrySet()) {
				entry.getValue()
					.forEach((role) -> refs.add(new Document("actorId", entry.getKey()).append("role", role.name())));
			}
		}
		return refs;
	}

	/** A visit reference as an actor document stores it ({@link Actor.VisitRef}). */
	static Document visitRef(String visitId, String role) {
		return new Document("visitId", visitId).append("role", role);
	}

}
