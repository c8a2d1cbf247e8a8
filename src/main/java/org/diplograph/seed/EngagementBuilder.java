package org.diplograph.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Engagement;
import org.diplograph.model.EngagementKind;
import org.diplograph.model.Origin;
import org.diplograph.model.VisitStatus;
import org.diplograph.seed.SeedEntries.EngagementEntry;

/**
 * Stage 3 for the engagements: checks each entry (a unique slug beginning with its date
 * where it has one, a kind, a summary, known participants, at least two taking part, the
 * countries and host country countries, a status, evidence) and builds its document.
 */
final class EngagementBuilder {

	private EngagementBuilder() {
	}

	/** The engagements by date, undated last, then by ID. */
	static List<Engagement> build(List<EngagementEntry> entries, Map<String, Actor> actors, EvidenceBuilder evidence,
			Problems problems) {
		List<Engagement> engagements = new ArrayList<>(problems.eachEntry(SeedEntries.ENGAGEMENTS, entries,
				EngagementEntry::id, (entry, where) -> engagement(entry, where, actors, evidence, problems)));
		engagements.sort(Comparator.comparing(Engagement::sortKey).thenComparing(Engagement::id));
		return engagements;
	}

	private static Engagement engagement(EngagementEntry entry, String where, Map<String, Actor> actors,
			EvidenceBuilder evidence, Problems problems) {
		FuzzyDate date = problems.optionalDateOrSpan(where, "date", entry.date());
		problems.idBeginsWithDate(where, entry.id(), date);
		EngagementKind kind = problems.enumValue(where, "kind", EngagementKind.class, entry.kind());
		if (entry.summary() == null || entry.summary().isBlank()) {
			problems.add(where + ": summary is missing");
		}
		List<String> participantIds = problems.actors(where, "participants", entry.participants(), actors.keySet());
		Problems.list(entry.participants())
			.stream()
			.filter((slug) -> actors.containsKey(slug) && actors.get(slug).kind() == ActorKind.COUNTRY)
			.forEach((slug) -> problems.add(where + ": participants are people and organisations; the country " + slug
					+ " belongs in countries"));
		List<String> countryIds = new ArrayList<>();
		for (String slug : Problems.list(entry.countries())) {
			String id = country(where, "countries", slug, actors, problems);
			if (id != null) {
				countryIds.add(id);
			}
		}
		String hostId = (entry.hostCountry() != null)
				? country(where, "hostCountry", entry.hostCountry(), actors, problems) : null;
		Set<String> involved = new LinkedHashSet<>(participantIds);
		involved.addAll(countryIds);
		if (involved.size() < 2) {
			problems.add(where + ": an engagement needs at least two participants or countries taking part");
		}
		if (hostId != null) {
			involved.add(hostId);
		}
		VisitStatus status = problems.enumValue(where, "status", VisitStatus.class, entry.status());
		List<Evidence> sources = evidence.evidence(where, entry.sources());
		return new Engagement(Engagement.ID_PREFIX + entry.id(), kind, entry.summary(), participantIds, countryIds,
				entry.place(), hostId, entry.occasion(), date, status, sources, List.copyOf(involved),
				EvidenceBuilder.articleIds(sources), Engagement.sortKeyOf(date), 1, Origin.SEED);
	}

	private static String country(String where, String field, String slug, Map<String, Actor> actors,
			Problems problems) {
		String id = problems.actor(where, field, slug, actors.keySet());
		Actor actor = actors.get(slug);
		if (actor != null && actor.kind() != ActorKind.COUNTRY) {
			problems.add(where + ": " + field + " must name countries, and " + slug + " is not one");
			return null;
		}
		return id;
	}

}
