package org.diplograph.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A contact that is not one country's visit to another (a meeting in a third country, a
 * call, a summit, an exercise, consultations, a message), with the evidence of every
 * article that reports it. {@code involvedIds} holds its participants, countries and host
 * country, for filters; {@code sortKey} is the start of its date, undated last;
 * {@code revision} counts its changes from 1.
 */
@Document("engagements")
public record Engagement(@Id String id, EngagementKind kind, String summary, List<String> participantIds,
		List<String> countryIds, String place, String hostCountryId, String occasion, FuzzyDate date,
		VisitStatus status, List<Evidence> sources, List<String> involvedIds, List<String> articleIds, String sortKey,
		int revision, Origin origin) implements Fact {

	public static final String ID_PREFIX = "engagement:";

	/** Every actor the engagement involves: participants, countries and host country. */
	public static List<String> involved(List<String> participantIds, List<String> countryIds, String hostCountryId) {
		Set<String> involved = new LinkedHashSet<>(participantIds);
		involved.addAll(countryIds);
		involved.add(hostCountryId);
		involved.remove(null);
		return List.copyOf(involved);
	}

	/**
	 * The engagement with every reference to the actor {@code from} made to {@code to}.
	 */
	public Engagement withActor(String from, String to) {
		List<String> participants = References.swap(this.participantIds, from, to);
		List<String> countries = References.swap(this.countryIds, from, to);
		String host = References.swap(this.hostCountryId, from, to);
		return new Engagement(this.id, this.kind, this.summary, participants, countries, this.place, host,
				this.occasion, this.date, this.status, this.sources, involved(participants, countries, host),
				this.articleIds, this.sortKey, this.revision + 1, this.origin);
	}

	/** Sort key of an engagement: the start of its period, undated last. */
	public static String sortKeyOf(FuzzyDate date) {
		return (date != null) ? date.start() : "9999-99-99";
	}

}
