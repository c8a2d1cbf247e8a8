package org.diplograph.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.common.DatePrecision;
import org.diplograph.common.FuzzyDate;

/**
 * Candidates while an article is read: mutable, so that sentences reporting the same fact
 * fold into one candidate before it is frozen into its record.
 */
final class Drafts {

	private Drafts() {
	}

	/** The parts every draft has: evidence, date, confidence and rule. */
	abstract static class Draft {

		private static final int MAX_DAYS_APART = 6;

		final Set<TextRange> evidence = new LinkedHashSet<>();

		FuzzyDate date;

		boolean dateExplicit;

		double confidence;

		String rule;

		int sentence;

		/**
		 * Whether the dates can name the same period: equal, nested, or one only assumed.
		 */
		boolean datesCompatible(Draft other) {
			if (this.date == null || other.date == null || !this.dateExplicit || !other.dateExplicit) {
				return true;
			}
			if (this.date.overlaps(other.date, other.date)) {
				return true;
			}
			// the days of one visit: "arrived on Monday", "met X on Tuesday"
			return this.date.precision() == DatePrecision.DAY && other.date.precision() == DatePrecision.DAY
					&& Math.abs(LocalDate.parse(this.date.iso()).toEpochDay()
							- LocalDate.parse(other.date.iso()).toEpochDay()) <= MAX_DAYS_APART;
		}

		/** Takes the other's evidence and the more precise explicit date. */
		void absorbCommon(Draft other) {
			this.evidence.addAll(other.evidence);
			if (!this.dateExplicit && other.dateExplicit || (other.dateExplicit && other.date != null
					&& this.date != null && other.date.precision().ordinal() > this.date.precision().ordinal())) {
				this.date = other.date;
				this.dateExplicit = other.dateExplicit;
			}
			this.confidence = Math.min(0.95, Math.max(this.confidence, other.confidence) + 0.05);
		}

	}

	/** What visits and engagements both have: a place, a host country and a status. */
	abstract static class Contact extends Draft {

		String place;

		ActorRef hostCountry;

		FactStatus status;

		/** Takes the other's evidence and date, and the place and host it adds. */
		void absorbContact(Contact other) {
			absorbCommon(other);
			this.place = (this.place != null) ? this.place : other.place;
			this.hostCountry = (this.hostCountry != null) ? this.hostCountry : other.hostCountry;
		}

	}

	static final class Visit extends Contact {

		final List<ActorRef> visitors = new ArrayList<>();

		final List<ActorRef> metWith = new ArrayList<>();

		ActorRef fromCountry;

		String purpose;

		Integer durationDays;

		boolean sameVisit(Visit other) {
			boolean statusAgrees = this.status == other.status
					|| (!other.dateExplicit && other.sentence - this.sentence <= 3);
			if (this.hostCountry == null || !this.hostCountry.equals(other.hostCountry) || !statusAgrees
					|| !datesCompatible(other)) {
				return false;
			}
			if (this.visitors.isEmpty() || other.visitors.isEmpty()) {
				return this.fromCountry != null && this.fromCountry.equals(other.fromCountry)
						&& other.sentence - this.sentence <= 2;
			}
			return this.visitors.stream().anyMatch(other.visitors::contains);
		}

		void absorb(Visit other) {
			absorbContact(other);
			addAll(this.visitors, other.visitors);
			addAll(this.metWith, other.metWith);
			this.metWith.removeAll(this.visitors);
			this.fromCountry = (this.fromCountry != null) ? this.fromCountry : other.fromCountry;
			this.purpose = (this.purpose != null) ? this.purpose : other.purpose;
			this.durationDays = (this.durationDays != null) ? this.durationDays : other.durationDays;
		}

		VisitCandidate freeze() {
			return new VisitCandidate(this.visitors, this.fromCountry, this.hostCountry, this.place, this.purpose,
					this.date, this.durationDays, this.status, this.metWith, List.copyOf(this.evidence),
					round(this.confidence), this.rule);
		}

	}

	static final class Engagement extends Contact {

		EngagementCandidate.Kind kind;

		final List<ActorRef> participants = new ArrayList<>();

		final List<ActorRef> countries = new ArrayList<>();

		String occasion;

		boolean sameEngagement(Engagement other) {
			return this.kind == other.kind && this.status == other.status && datesCompatible(other)
					&& (this.countries.containsAll(other.countries) || other.countries.containsAll(this.countries))
					&& (this.occasion == null || other.occasion == null || this.occasion.equals(other.occasion))
					&& other.sentence - this.sentence <= 3;
		}

		void absorb(Engagement other) {
			absorbContact(other);
			addAll(this.participants, other.participants);
			addAll(this.countries, other.countries);
			this.occasion = (this.occasion != null) ? this.occasion : other.occasion;
		}

		EngagementCandidate freeze() {
			return new EngagementCandidate(this.kind, this.participants, this.countries, this.place, this.hostCountry,
					this.occasion, this.date, this.status, List.copyOf(this.evidence), round(this.confidence),
					this.rule);
		}

	}

	static final class Deal extends Draft {

		DealCandidate.Kind kind;

		DealCandidate.Status status;

		ActorRef buyer;

		ActorRef supplier;

		final List<ActorRef> parties = new ArrayList<>();

		final List<DealItemCandidate> items = new ArrayList<>();

		/**
		 * What tells this deal's system apart: its name's distinctive words, else its
		 * category.
		 */
		String systemKey() {
			if (this.items.isEmpty()) {
				return null;
			}
			DealItemCandidate item = this.items.get(0);
			String key = NameSimilarity.systemKey(item.system());
			return key.isEmpty() ? "category:" + item.category() : key;
		}

		boolean sameDeal(Deal other) {
			if (this.kind != other.kind) {
				return false;
			}
			String key = systemKey();
			String otherKey = other.systemKey();
			boolean sameSides = (this.buyer == null || other.buyer == null || this.buyer.equals(other.buyer))
					&& (this.supplier == null || other.supplier == null || this.supplier.equals(other.supplier));
			if (key != null && otherKey != null) {
				return sameSides && (key.equals(otherKey) || key.contains(otherKey) || otherKey.contains(key));
			}
			return key == null && otherKey == null && sameSides && other.sentence - this.sentence <= 2
					&& (this.parties.stream().anyMatch(other.parties::contains) || this.buyer != null);
		}

		void absorb(Deal other) {
			absorbCommon(other);
			if (other.status != null && (this.status == null || other.status.ordinal() > this.status.ordinal())) {
				this.status = other.status;
			}
			this.buyer = (this.buyer != null) ? this.buyer : other.buyer;
			this.supplier = (this.supplier != null) ? this.supplier : other.supplier;
			addAll(this.parties, other.parties);
			if (!this.items.isEmpty() && !other.items.isEmpty()) {
				DealItemCandidate mine = this.items.get(0);
				DealItemCandidate theirs = other.items.get(0);
				this.items.set(0,
						new DealItemCandidate(mine.system(),
								(mine.category() != null) ? mine.category() : theirs.category(),
								(mine.manufacturer() != null) ? mine.manufacturer() : theirs.manufacturer(),
								(mine.quantity() != null) ? mine.quantity() : theirs.quantity(),
								(mine.plannedQuantity() != null) ? mine.plannedQuantity() : theirs.plannedQuantity()));
			}
			else if (this.items.isEmpty()) {
				this.items.addAll(other.items);
			}
		}

		DealCandidate freeze() {
			return new DealCandidate(this.kind, this.status, this.buyer, this.supplier, this.parties, this.items,
					this.date, List.copyOf(this.evidence), round(this.confidence), this.rule);
		}

	}

	/** Adds an item that is there and not yet listed. */
	static <T> void add(List<T> into, T item) {
		if (item != null && !into.contains(item)) {
			into.add(item);
		}
	}

	static <T> void addAll(List<T> into, List<T> from) {
		from.forEach((item) -> add(into, item));
	}

	static double round(double confidence) {
		return Math.round(Math.max(0.05, Math.min(0.95, confidence)) * 100) / 100.0;
	}

}
