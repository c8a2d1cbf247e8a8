package org.diplograph.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Role;

/**
 * Who heads each known organisation and when, from the persons' roles whose title is a
 * head title of it ("Chief of Army Staff" of an army, not "Chief of General Staff"), and
 * the one person a role phrase can mean at an article's date.
 */
final class RoleHolders {

	private static final List<String> HEAD_TITLES = List.of("chief", "head", "president", "chairman", "commander",
			"director");

	private final Map<String, Actor> actors = new HashMap<>();

	/** Who heads each organisation, by organisation ID. */
	private final Map<String, List<Holder>> heads = new HashMap<>();

	RoleHolders(Collection<Actor> actors) {
		for (Actor actor : actors) {
			this.actors.put(actor.id(), actor);
		}
		for (Actor person : actors) {
			if (person.kind() != ActorKind.PERSON) {
				continue;
			}
			for (Role role : person.roles()) {
				Actor organization = this.actors.get(role.organizationId());
				if (organization != null && organization.kind() == ActorKind.ORGANIZATION
						&& isHeadTitle(role.title(), organization)) {
					this.heads.computeIfAbsent(organization.id(), (id) -> new ArrayList<>())
						.add(new Holder(person.id(), role.since(), role.until()));
				}
			}
		}
	}

	/**
	 * The one person a role phrase names at the article's date: one heading the
	 * organisations given, or, with none given, one the article names heading the
	 * service, or null when none or several could be meant.
	 */
	String holder(List<String> organizationIds, String service, Set<String> namedPersons, FuzzyDate publishedOn) {
		Set<String> candidates = new LinkedHashSet<>();
		if (organizationIds != null) {
			for (String organizationId : organizationIds) {
				for (Holder holder : this.heads.getOrDefault(organizationId, List.of())) {
					if (holder.holdsAt(publishedOn) || (holder.isUndated() && namedPersons.contains(holder.personId))) {
						candidates.add(holder.personId);
					}
				}
			}
		}
		else {
			this.heads.forEach((organizationId, holders) -> {
				if (service.equals(serviceOf(this.actors.get(organizationId)))) {
					holders.stream()
						.filter((holder) -> namedPersons.contains(holder.personId)
								&& (holder.isUndated() || holder.holdsAt(publishedOn)))
						.forEach((holder) -> candidates.add(holder.personId));
				}
			});
		}
		return (candidates.size() == 1) ? candidates.iterator().next() : null;
	}

	/** The organisations of that service (army, navy, air force) of the country. */
	List<String> organizations(String countryId, String service) {
		List<String> ids = new ArrayList<>();
		for (Actor actor : this.actors.values()) {
			if (actor.kind() == ActorKind.ORGANIZATION && countryId.equals(actor.countryId())
					&& service.equals(serviceOf(actor))) {
				ids.add(actor.id());
			}
		}
		return ids;
	}

	private static String serviceOf(Actor organization) {
		String name = FoldedText.pattern(organization.name());
		if (name.endsWith(" air force")) {
			return "air force";
		}
		if (name.endsWith(" army")) {
			return "army";
		}
		return name.endsWith(" navy") ? "navy" : null;
	}

	/** The kind of a known actor; null for an unknown one. */
	ActorKind kind(String actorId) {
		Actor actor = this.actors.get(actorId);
		return (actor != null) ? actor.kind() : null;
	}

	/**
	 * Whether a title heads the organisation: a head word first, and what it is "of", if
	 * anything, is the organisation ("Chief of Army Staff" of an army, not "Chief of
	 * General Staff").
	 */
	private static boolean isHeadTitle(String title, Actor organization) {
		String folded = (title != null) ? FoldedText.pattern(title) : "";
		if (HEAD_TITLES.stream().noneMatch((head) -> folded.startsWith(head + " ") || folded.equals(head))) {
			return false;
		}
		int of = folded.indexOf(" of ");
		if (of < 0) {
			return true;
		}
		Set<String> organizationWords = new HashSet<>(List.of(FoldedText.pattern(organization.name()).split(" ")));
		if (organizationWords.contains("navy")) {
			organizationWords.add("naval");
		}
		return List.of(folded.substring(of + 4).split(" ")).stream().anyMatch(organizationWords::contains);
	}

	/** A person heading an organisation over a period, either end open or unknown. */
	private record Holder(String personId, FuzzyDate since, FuzzyDate until) {

		boolean isUndated() {
			return this.since == null && this.until == null;
		}

		/** Whether the role is known to be held during the article's date. */
		boolean holdsAt(FuzzyDate date) {
			if (date == null || isUndated()) {
				return false;
			}
			return (this.since == null || this.since.start().compareTo(date.start()) <= 0)
					&& (this.until == null || this.until.end().compareTo(date.end()) >= 0);
		}

	}

}
