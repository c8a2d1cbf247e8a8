package org.diplograph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.diplograph.common.DatePrecision;
import org.diplograph.common.FuzzyDate;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Visit;

/** The visits, deals and engagements of one period. */
record TimeBucket(FuzzyDate period, int count, List<Visit> visits, List<DefenceDeal> deals,
		List<Engagement> engagements) {

	/** Buckets in date order: by the start of their period, a wider period first. */
	private static final Comparator<FuzzyDate> PERIOD_ORDER = Comparator.comparing(FuzzyDate::start)
		.thenComparing(FuzzyDate::end, Comparator.reverseOrder());

	/**
	 * Puts dated visits, deals and engagements into buckets of the granularity, in date
	 * order. An item known only by its year, at month granularity, goes into a year
	 * bucket placed before that year's months; an item known only to a span that the
	 * granularity does not close into one period ("2024-04/2025-10") goes into a bucket
	 * of that span, placed before the months it starts with. Undated items and empty
	 * periods are left out.
	 */
	static List<TimeBucket> of(List<Visit> visits, List<DefenceDeal> deals, List<Engagement> engagements,
			Granularity granularity) {
		Map<String, Builder> buckets = new HashMap<>();
		for (Visit visit : visits) {
			if (visit.date() != null) {
				bucketFor(buckets, visit.date(), granularity).visits.add(visit);
			}
		}
		for (DefenceDeal deal : deals) {
			if (deal.date() != null) {
				bucketFor(buckets, deal.date(), granularity).deals.add(deal);
			}
		}
		for (Engagement engagement : engagements) {
			if (engagement.date() != null) {
				bucketFor(buckets, engagement.date(), granularity).engagements.add(engagement);
			}
		}
		return buckets.values()
			.stream()
			.sorted(Comparator.comparing((Builder bucket) -> bucket.period, PERIOD_ORDER))
			.map(Builder::build)
			.toList();
	}

	private static Builder bucketFor(Map<String, Builder> buckets, FuzzyDate date, Granularity granularity) {
		FuzzyDate period = periodOf(date, granularity);
		if (date.isSpan()) {
			FuzzyDate until = periodOf(date.until(), granularity);
			if (!until.iso().equals(period.iso())) {
				period = FuzzyDate.span(period, until);
			}
		}
		FuzzyDate bucket = period;
		return buckets.computeIfAbsent(period.isoSpan(), (key) -> new Builder(bucket));
	}

	/** The period of a single date at the granularity, or at its own if coarser. */
	private static FuzzyDate periodOf(FuzzyDate date, Granularity granularity) {
		return (granularity == Granularity.YEAR || date.precision() == DatePrecision.YEAR)
				? FuzzyDate.of(date.year(), null, null) : FuzzyDate.of(date.year(), date.month(), null);
	}

	private static final class Builder {

		private final FuzzyDate period;

		private final List<Visit> visits = new ArrayList<>();

		private final List<DefenceDeal> deals = new ArrayList<>();

		private final List<Engagement> engagements = new ArrayList<>();

		Builder(FuzzyDate period) {
			this.period = period;
		}

		TimeBucket build() {
			this.visits.sort(Comparator.comparing((Visit visit) -> visit.date().start()).thenComparing(Visit::id));
			this.deals.sort(Comparator.comparing(DefenceDeal::sortKey).thenComparing(DefenceDeal::id));
			this.engagements.sort(Comparator.comparing(Engagement::sortKey).thenComparing(Engagement::id));
			return new TimeBucket(this.period, this.visits.size() + this.deals.size() + this.engagements.size(),
					List.copyOf(this.visits), List.copyOf(this.deals), List.copyOf(this.engagements));
		}

	}

}
