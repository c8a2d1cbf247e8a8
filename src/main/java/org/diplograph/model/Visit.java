package org.diplograph.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One real-world visit, with the evidence of every article that reports it;
 * {@code revision} counts its changes from 1.
 */
@Document("visits")
public record Visit(@Id String id, String summary, List<String> visitorIds, String fromCountryId, String hostCountryId,
		String place, String purpose, FuzzyDate date, Integer durationDays, VisitStatus status, List<String> metWithIds,
		List<Evidence> sources, List<String> involvedIds, List<String> articleIds, int revision,
		Origin origin) implements Fact {

	public static final String ID_PREFIX = "visit:";

	/**
	 * The part each actor plays: visitors and the country they came from travel, the host
	 * country hosts, the people met are met; an actor may play more than one part.
	 */
	public Map<String, List<VisitRole>> actorRoles() {
		Map<String, List<VisitRole>> roles = new LinkedHashMap<>();
		this.visitorIds.forEach((id) -> addRole(roles, id, VisitRole.VISITOR));
		addRole(roles, this.fromCountryId, VisitRole.VISITOR);
		addRole(roles, this.hostCountryId, VisitRole.HOST);
		this.metWithIds.forEach((id) -> addRole(roles, id, VisitRole.MET));
		return roles;
	}

	/** Every actor the visit involves: visitors, the two countries, the people met. */
	public static List<String> involved(List<String> visitorIds, String fromCountryId, String hostCountryId,
			List<String> metWithIds) {
		Set<String> involved = new LinkedHashSet<>(visitorIds);
		involved.add(fromCountryId);
		involved.add(hostCountryId);
		involved.addAll(metWithIds);
		involved.remove(null);
		return List.copyOf(involved);
	}

	/** The visit with every reference to the actor {@code from} made to {@code to}. */
	public Visit withActor(String from, String to) {
		List<String> visitors = References.swap(this.visitorIds, from, to);
		String origin = References.swap(this.fromCountryId, from, to);
		String host = References.swap(this.hostCountryId, from, to);
		List<String> met = References.swap(this.metWithIds, from, to);
		return new Visit(this.id, this.summary, visitors, origin, host, this.place, this.purpose, this.date,
				this.durationDays, this.status, met, this.sources, involved(visitors, origin, host, met),
				this.articleIds, this.revision + 1, this.origin);
	}

	private static void addRole(Map<String, List<VisitRole>> roles, String actorId, VisitRole role) {
		if (actorId == null) {
			return;
		}
		List<VisitRole> actorRoles = roles.computeIfAbsent(actorId, (key) -> new ArrayList<>());
		if (!actorRoles.contains(role)) {
			actorRoles.add(role);
		}
	}

}
