package org.diplograph.analysis;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.diplograph.common.FuzzyDate;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Visit;

/**
 * Two actors at a glance: their visits, shared deals and engagements, and the articles
 * that name both.
 */
record Relationship(Actor a, Actor b, List<Visit> visits, List<DefenceDeal> deals, List<Engagement> engagements,
		List<Article> articles, FuzzyDate firstContact, FuzzyDate lastContact) {

	private static final Comparator<FuzzyDate> BY_PERIOD = Comparator.comparing(FuzzyDate::start)
		.thenComparing(FuzzyDate::end);

	static Relationship of(Actor a, Actor b, List<Visit> visits, List<DefenceDeal> deals, List<Engagement> engagements,
			List<Article> articles) {
		List<FuzzyDate> dates = Stream
			.of(visits.stream().map(Visit::date), deals.stream().map(DefenceDeal::date),
					engagements.stream().map(Engagement::date))
			.flatMap((each) -> each)
			.filter((date) -> date != null)
			.toList();
		return new Relationship(a, b, visits, deals, engagements, articles, dates.stream().min(BY_PERIOD).orElse(null),
				dates.stream().max(BY_PERIOD).orElse(null));
	}

	/**
	 * The actors on the travelling side of a visit: its visitors and the country they
	 * came from.
	 */
	static Set<String> visitingSide(Visit visit) {
		Set<String> side = new LinkedHashSet<>(visit.visitorIds());
		side.add(visit.fromCountryId());
		return side;
	}

	/**
	 * The actors on the receiving side of a visit: the host country and whoever was met.
	 */
	static Set<String> hostSide(Visit visit) {
		Set<String> side = new LinkedHashSet<>(visit.metWithIds());
		side.add(visit.hostCountryId());
		return side;
	}

	/**
	 * The actors taking part in an engagement: its participants and countries (a host
	 * country is where it took place, not a side).
	 */
	static Set<String> takingPart(Engagement engagement) {
		Set<String> sides = new LinkedHashSet<>(engagement.participantIds());
		sides.addAll(engagement.countryIds());
		return sides;
	}

	/** Whether both take part in the engagement. */
	static boolean connects(Engagement engagement, String a, String b) {
		Set<String> sides = takingPart(engagement);
		return sides.contains(a) && sides.contains(b);
	}

	/** Whether one of the two visited, hosted or met the other on this visit. */
	static boolean connects(Visit visit, String a, String b) {
		Set<String> visiting = visitingSide(visit);
		Set<String> hosting = hostSide(visit);
		return (visiting.contains(a) && hosting.contains(b)) || (visiting.contains(b) && hosting.contains(a));
	}

}
