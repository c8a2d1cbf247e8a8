package org.diplograph.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import org.diplograph.change.Plan;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.Names;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Role;
import org.diplograph.model.Visit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What merging two actors writes: the kept actor with the removed one's names, roles and
 * missing details, every visit, deal, engagement, article and other actor that refers to
 * the removed one pointed at the kept one, the removed one deleted and its ID redirected.
 */
final class ActorMerge {

	/** The most documents one merge may rewrite. */
	static final int MAX_MERGE_DOCUMENTS = 5_000;

	private final MongoTemplate mongo;

	ActorMerge(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Adds the merge of {@code remove} into {@code keep} to the plan.
	 * @throws BadRequestException when it would rewrite more than
	 * {@link #MAX_MERGE_DOCUMENTS} documents
	 */
	void plan(Actor keep, Actor remove, Plan plan) {
		String from = remove.id();
		String to = keep.id();
		List<Visit> visits = this.mongo.find(Query.query(Criteria.where("involvedIds").is(from)), Visit.class);
		List<DefenceDeal> deals = this.mongo.find(Query.query(new Criteria()
			.orOperator(Criteria.where("partyIds").is(from), Criteria.where("items.manufacturerId").is(from))),
				DefenceDeal.class);
		List<Engagement> engagements = this.mongo.find(Query.query(Criteria.where("involvedIds").is(from)),
				Engagement.class);
		List<Actor> others = this.mongo
			.find(Query.query(new Criteria().orOperator(Criteria.where("countryId").is(from),
					Criteria.where("roles.organizationId").is(from))), Actor.class)
			.stream()
			.filter((actor) -> !actor.id().equals(to) && !actor.id().equals(from))
			.toList();
		List<Article> articles = this.mongo.find(Query.query(Criteria.where("actorIds").is(from)), Article.class);
		int rewritten = visits.size() + deals.size() + engagements.size() + others.size() + articles.size();
		if (rewritten > MAX_MERGE_DOCUMENTS) {
			throw new BadRequestException("Merging " + from + " would rewrite " + rewritten + " documents; at most "
					+ MAX_MERGE_DOCUMENTS + " are rewritten by one merge.");
		}
		Actor kept = merged(keep, remove);
		plan.update(keep, kept, keep.revision());
		for (Visit visit : visits) {
			plan.update(visit, visit.withActor(from, to), visit.revision());
		}
		for (DefenceDeal deal : deals) {
			plan.update(deal, deal.withActor(from, to), deal.revision());
		}
		for (Engagement engagement : engagements) {
			plan.update(engagement, engagement.withActor(from, to), engagement.revision());
		}
		for (Actor other : others) {
			plan.update(other, other.withActor(from, to), other.revision());
		}
		for (Article article : articles) {
			plan.update(article, article.withActor(from, to), article.revision());
		}
		plan.delete(remove, remove.revision());
		plan.put(Actor.REDIRECTS, from, new Document("to", to));
		// what pointed at the removed actor points at the kept one: one hop, always
		plan.setWhere(Actor.REDIRECTS, new Document("to", from), new Document("to", to));
	}

	/** The kept actor with the removed one's names, roles and missing details added. */
	private static Actor merged(Actor keep, Actor remove) {
		Map<String, String> aliases = new LinkedHashMap<>();
		String nameKey = Names.key(keep.name());
		List<String> names = new ArrayList<>(keep.aliases());
		names.add(remove.name());
		names.addAll(remove.aliases());
		for (String alias : names) {
			String key = Names.key(alias);
			if (!key.isEmpty() && !key.equals(nameKey)) {
				aliases.putIfAbsent(key, alias);
			}
		}
		Set<String> exact = new LinkedHashSet<>(keep.exactAliases());
		exact.addAll(remove.exactAliases());
		Set<Role> roles = new LinkedHashSet<>(keep.roles());
		remove.roles().forEach((role) -> roles.add(swap(role, remove.id(), keep.id())));
		String countryId = (keep.countryId() != null) ? keep.countryId() : remove.countryId();
		List<String> aliasList = List.copyOf(aliases.values());
		List<String> keys = Actor.nameKeys(keep.name(), aliasList, List.copyOf(exact));
		return new Actor(keep.id(), keep.name(), keep.kind(), aliasList, List.copyOf(exact),
				(keep.code() != null) ? keep.code() : remove.code(), countryId, List.copyOf(roles),
				(keep.description() != null) ? keep.description() : remove.description(), keys, Actor.searchText(keys),
				keep.articleIds(), keep.visitRefs(), keep.dealIds(), keep.sortKey(), keep.engagementIds(),
				keep.revision() + 1, keep.origin());
	}

	private static Role swap(Role role, String from, String to) {
		return new Role(role.title(), from.equals(role.organizationId()) ? to : role.organizationId(), role.since(),
				role.until());
	}

}
