package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.diplograph.common.FuzzyDate;
import org.diplograph.common.Names;

/**
 * Scores extractions against an analyst's facts: precision and recall of the proposed
 * visits, deals and engagements (a proposal matches an expected fact with the same host
 * and a shared visitor; the same system, or the same kind of agreement; the same kind of
 * contact between the same countries), and for matched ones the share of correct fields.
 */
final class Scorer {

	/** True positives, false positives and false negatives of one kind of fact. */
	static final class Counts {

		int matched;

		int proposed;

		int expected;

		double precision() {
			return (this.proposed == 0) ? 1 : (double) this.matched / this.proposed;
		}

		double recall() {
			return (this.expected == 0) ? 1 : (double) this.matched / this.expected;
		}

		/**
		 * Counts an article's proposals and expected facts; returns the proposals to
		 * match.
		 */
		<C> List<C> open(List<C> proposals, int expectedFacts) {
			this.proposed += proposals.size();
			this.expected += expectedFacts;
			return new ArrayList<>(proposals);
		}

		/**
		 * The first proposal left that matches, taken off the list and counted; or null.
		 */
		<C> C take(List<C> left, Predicate<C> matches) {
			for (Iterator<C> proposals = left.iterator(); proposals.hasNext();) {
				C proposal = proposals.next();
				if (matches.test(proposal)) {
					proposals.remove();
					this.matched++;
					return proposal;
				}
			}
			return null;
		}

	}

	final Counts visits = new Counts();

	final Counts deals = new Counts();

	final Counts engagements = new Counts();

	/** Field name to {correct, checked}. */
	final Map<String, int[]> fields = new LinkedHashMap<>();

	final List<String> misses = new ArrayList<>();

	void score(EvaluationSet.Article article, Extraction extraction) {
		scoreVisits(article, extraction);
		scoreDeals(article, extraction);
		scoreEngagements(article, extraction);
	}

	double fieldShare() {
		int correct = 0;
		int checked = 0;
		for (int[] counts : this.fields.values()) {
			correct += counts[0];
			checked += counts[1];
		}
		return (checked == 0) ? 1 : (double) correct / checked;
	}

	double fieldShare(String... names) {
		int correct = 0;
		int checked = 0;
		for (String name : names) {
			for (Map.Entry<String, int[]> entry : this.fields.entrySet()) {
				if (entry.getKey().endsWith("." + name)) {
					correct += entry.getValue()[0];
					checked += entry.getValue()[1];
				}
			}
		}
		return (checked == 0) ? 1 : (double) correct / checked;
	}

	String report(String name) {
		StringBuilder out = new StringBuilder();
		out.append("== ").append(name).append('\n');
		line(out, "visits", this.visits);
		line(out, "deals", this.deals);
		line(out, "engagements", this.engagements);
		out.append(String.format(
				"  fields correct: %.2f overall; dates %.2f, countries %.2f, status %.2f, quantity %.2f%n",
				fieldShare(), fieldShare("date"), fieldShare("from", "host", "buyer", "supplier", "countries"),
				fieldShare("status"), fieldShare("quantity", "plannedQuantity")));
		this.fields
			.forEach((field, counts) -> out.append(String.format("    %-28s %d/%d%n", field, counts[0], counts[1])));
		this.misses.forEach((miss) -> out.append("  miss: ").append(miss).append('\n'));
		return out.toString();
	}

	private static void line(StringBuilder out, String name, Counts counts) {
		out.append(String.format("  %-12s precision %.2f (%d/%d)  recall %.2f (%d/%d)%n", name, counts.precision(),
				counts.matched, counts.proposed, counts.recall(), counts.matched, counts.expected));
	}

	private void scoreVisits(EvaluationSet.Article article, Extraction extraction) {
		List<VisitCandidate> left = this.visits.open(extraction.visits(), article.visits().size());
		for (EvaluationSet.ExpectedVisit expected : article.visits()) {
			VisitCandidate match = this.visits.take(left, (candidate) -> {
				boolean sameHost = refIs(expected.host(), candidate.hostCountry(), extraction);
				boolean shared = expected.visitors().isEmpty()
						? candidate.visitors().isEmpty() && refIs(expected.from(), candidate.fromCountry(), extraction)
						: expected.visitors()
							.stream()
							.anyMatch((v) -> candidate.visitors().stream().anyMatch((c) -> refIs(v, c, extraction)));
				return sameHost && shared;
			});
			if (match == null) {
				this.misses
					.add(article.file() + ": visit " + expected.visitors() + " to " + expected.host() + " not found");
				continue;
			}
			check("visit.date", expected.date(), iso(match.date()));
			check("visit.from", expected.from(), ref(match.fromCountry(), extraction));
			check("visit.status", expected.status(), match.status().name());
			check("visit.place", key(expected.place()), key(match.place()));
			if (expected.durationDays() != null) {
				check("visit.durationDays", expected.durationDays(), match.durationDays());
			}
			check("visit.visitors", expected.visitors().size(), match.visitors().size());
		}
		left.forEach((extra) -> this.misses.add(article.file() + ": extra visit " + extra.visitors() + " to "
				+ extra.hostCountry() + " (" + extra.rule() + ")"));
	}

	private void scoreDeals(EvaluationSet.Article article, Extraction extraction) {
		List<DealCandidate> left = this.deals.open(extraction.deals(), article.deals().size());
		for (EvaluationSet.ExpectedDeal expected : article.deals()) {
			DealCandidate match = this.deals.take(left, (candidate) -> (expected.system() != null)
					? candidate.items().stream().anyMatch((item) -> sameSystem(expected.system(), item.system()))
					: candidate.items().isEmpty() && candidate.kind().name().equals(expected.kind()));
			if (match == null) {
				this.misses.add(article.file() + ": deal " + expected.kind() + " "
						+ Objects.toString(expected.system(), "") + " not found");
				continue;
			}
			check("deal.kind", expected.kind(), match.kind().name());
			check("deal.status", expected.status(), match.status().name());
			check("deal.date", expected.date(), iso(match.date()));
			if (expected.parties() != null) {
				Set<String> parties = new HashSet<>();
				match.parties().forEach((p) -> parties.add(ref(p, extraction)));
				check("deal.countries", Set.copyOf(expected.parties()),
						parties.containsAll(expected.parties()) ? Set.copyOf(expected.parties()) : parties);
			}
			else {
				check("deal.buyer", expected.buyer(), ref(match.buyer(), extraction));
				check("deal.supplier", expected.supplier(), ref(match.supplier(), extraction));
			}
			DealItemCandidate item = match.items().isEmpty() ? null : match.items().get(0);
			if (expected.quantity() != null || (item != null && item.quantity() != null)) {
				check("deal.quantity", expected.quantity(), (item != null) ? item.quantity() : null);
			}
			if (expected.plannedQuantity() != null || (item != null && item.plannedQuantity() != null)) {
				check("deal.plannedQuantity", expected.plannedQuantity(),
						(item != null) ? item.plannedQuantity() : null);
			}
			if (expected.manufacturer() != null) {
				check("deal.manufacturer", expected.manufacturer(),
						(item != null) ? ref(item.manufacturer(), extraction) : null);
			}
		}
		left.forEach((extra) -> this.misses.add(article.file() + ": extra deal " + extra.kind() + " "
				+ extra.items().stream().map(DealItemCandidate::system).toList() + " " + extra.status() + " ("
				+ extra.rule() + ")"));
	}

	private void scoreEngagements(EvaluationSet.Article article, Extraction extraction) {
		List<EngagementCandidate> left = this.engagements.open(extraction.engagements(), article.engagements().size());
		for (EvaluationSet.ExpectedEngagement expected : article.engagements()) {
			EngagementCandidate match = this.engagements.take(left, (candidate) -> {
				Set<String> countries = refs(candidate.countries(), extraction);
				long shared = expected.countries().stream().filter(countries::contains).count();
				return candidate.kind().name().equals(expected.kind())
						&& shared >= Math.min(2, expected.countries().size());
			});
			if (match == null) {
				this.misses.add(
						article.file() + ": engagement " + expected.kind() + " " + expected.countries() + " not found");
				continue;
			}
			check("engagement.date", expected.date(), iso(match.date()));
			check("engagement.status", expected.status(), match.status().name());
			check("engagement.countries", Set.copyOf(expected.countries()), refs(match.countries(), extraction));
			if (expected.place() != null) {
				check("engagement.place", key(expected.place()), key(match.place()));
			}
		}
		left.forEach((extra) -> this.misses.add(article.file() + ": extra engagement " + extra.kind() + " "
				+ extra.countries() + " (" + extra.rule() + ")"));
	}

	private void check(String field, Object expected, Object actual) {
		int[] counts = this.fields.computeIfAbsent(field, (f) -> new int[2]);
		counts[1]++;
		if (Objects.equals(expected, actual)) {
			counts[0]++;
		}
		else {
			this.misses.add(field + ": expected " + expected + ", got " + actual);
		}
	}

	private static boolean refIs(String expected, ActorRef actual, Extraction extraction) {
		return expected != null && expected.equals(ref(actual, extraction));
	}

	/**
	 * A reference as the evaluation set writes it: an ID, or "new:Name" for a proposal.
	 */
	static String ref(ActorRef ref, Extraction extraction) {
		if (ref == null) {
			return null;
		}
		if (ref.isKnown()) {
			return ref.knownId();
		}
		return extraction.actors()
			.stream()
			.filter((a) -> a.key().equals(ref.proposedKey()))
			.findFirst()
			.map((a) -> "new:" + a.name())
			.orElse("new:?");
	}

	private static Set<String> refs(List<ActorRef> refs, Extraction extraction) {
		Set<String> out = new HashSet<>();
		refs.forEach((r) -> out.add(ref(r, extraction)));
		return out;
	}

	/** The same system: one name contains the other, or they share a distinctive word. */
	static boolean sameSystem(String expected, String proposed) {
		if (Names.key(proposed).contains(Names.key(expected))) {
			return true;
		}
		Set<String> words = new HashSet<>(List.of(NameSimilarity.systemKey(expected).split(" ")));
		for (String word : NameSimilarity.systemKey(proposed).split(" ")) {
			if (word.length() >= 3 && words.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static String iso(FuzzyDate date) {
		return (date != null) ? date.iso() : null;
	}

	private static String key(String place) {
		return (place != null) ? Names.key(place) : null;
	}

}
