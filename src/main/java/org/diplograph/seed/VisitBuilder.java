package org.diplograph.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.diplograph.common.Evidence;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Origin;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitStatus;
import org.diplograph.seed.SeedEntries.VisitEntry;

/**
 * Stage 3 for the visits: checks each entry (a unique slug beginning with the visit's
 * year and month, a summary, known visitors and people met, origin and host countries, a
 * status, evidence) and builds its document.
 */
final class VisitBuilder {

	private VisitBuilder() {
	}

	/** The visits in date order, then by ID. */
	static List<Visit> build(List<VisitEntry> entries, Map<String, Actor> actors, EvidenceBuilder evidence,
			Problems problems) {
		List<Visit> visits = new ArrayList<>(problems.eachEntry(SeedEntries.VISITS, entries, VisitEntry::id,
				(entry, where) -> visit(entry, where, actors, evidence, problems)));
		visits.sort(Comparator.comparing((Visit visit) -> (visit.date() != null) ? visit.date().start() : "")
			.thenComparing(Visit::id));
		return visits;
	}

	private static Visit visit(VisitEntry entry, String where, Map<String, Actor> actors, EvidenceBuilder evidence,
			Problems problems) {
		if (entry.date() == null) {
			problems.add(where + ": date is missing");
		}
		FuzzyDate date = problems.optionalDateOrSpan(where, "date", entry.date());
		problems.idBeginsWithDate(where, entry.id(), date);
		if (entry.summary() == null || entry.summary().isBlank()) {
			problems.add(where + ": summary is missing");
		}
		List<String> visitorIds = problems.actors(where, "visitors", entry.visitors(), actors.keySet());
		String fromId = country(where, "from", entry.from(), actors, problems);
		String hostId = country(where, "host", entry.host(), actors, problems);
		List<String> metWithIds = problems.actors(where, "metWith", entry.metWith(), actors.keySet());
		VisitStatus status = problems.enumValue(where, "status", VisitStatus.class, entry.status());
		List<Evidence> sources = evidence.evidence(where, entry.sources());
		return new Visit(Visit.ID_PREFIX + entry.id(), entry.summary(), visitorIds, fromId, hostId, entry.place(),
				entry.purpose(), date, entry.durationDays(), status, metWithIds, sources,
				Visit.involved(visitorIds, fromId, hostId, metWithIds), EvidenceBuilder.articleIds(sources), 1,
				Origin.SEED);
	}

	private static String country(String where, String field, String slug, Map<String, Actor> actors,
			Problems problems) {
		if (slug == null) {
			problems.add(where + ": " + field + " is missing");
			return null;
		}
		String id = problems.actor(where, field, slug, actors.keySet());
		Actor actor = actors.get(slug);
		if (actor != null && actor.kind() != ActorKind.COUNTRY) {
			problems.add(where + ": " + field + " must be a country, and " + slug + " is not");
		}
		return id;
	}

}
