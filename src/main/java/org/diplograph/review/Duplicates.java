package org.diplograph.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.diplograph.extraction.ActorRef;
import org.diplograph.extraction.DealItemCandidate;
import org.diplograph.extraction.ExistingFact;
import org.diplograph.extraction.SimilarFact;
import org.diplograph.extraction.SimilarFacts;
import org.diplograph.model.Candidate;
import org.diplograph.model.DealCandidate;
import org.diplograph.model.DealItem;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.EngagementCandidate;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitCandidate;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The existing facts candidates may duplicate, ranked by the engine's
 * {@link SimilarFacts}: read when asked (so a fact recorded after the import is found
 * too), one query for a whole list of candidates; never merged by itself.
 */
@Component
class Duplicates {

	private static final int MAX_SIMILAR = 5;

	private final MongoTemplate mongo;

	Duplicates(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Map<VisitCandidate, List<Visit>> visits(List<VisitCandidate> candidates) {
		List<Criteria> any = new ArrayList<>();
		for (VisitCandidate candidate : candidates) {
			List<String> actors = known(candidate.references());
			if (!actors.isEmpty()) {
				any.add(new Criteria().andOperator(Criteria.where("involvedIds").in(actors),
						Criteria.where("date.end").gte(candidate.date().start()),
						Criteria.where("date.start").lte(candidate.date().end())));
			}
		}
		List<Visit> visits = any.isEmpty() ? List.of()
				: this.mongo.find(Query.query(new Criteria().orOperator(any)), Visit.class);
		Map<String, Visit> byId = index(visits, Visit::id);
		List<ExistingFact> existing = visits.stream()
			.map((visit) -> new ExistingFact(visit.id(), set(visit.visitorIds(), visit.metWithIds()),
					set(nonNull(visit.fromCountryId(), visit.hostCountryId())), visit.date(), visit.place(), List.of()))
			.toList();
		Map<VisitCandidate, List<Visit>> similar = new LinkedHashMap<>();
		for (VisitCandidate candidate : candidates) {
			org.diplograph.extraction.VisitCandidate proposal = new org.diplograph.extraction.VisitCandidate(
					refs(candidate.visitorIds()), ref(candidate.fromCountryId()), ref(candidate.hostCountryId()),
					candidate.place(), candidate.purpose(), candidate.date(), candidate.durationDays(), null,
					refs(candidate.metWithIds()), List.of(), candidate.confidence(), candidate.rule());
			similar.put(candidate, best(SimilarFacts.rank(proposal, existing), byId, candidate));
		}
		return similar;
	}

	Map<DealCandidate, List<DefenceDeal>> deals(List<DealCandidate> candidates) {
		Set<String> actors = new HashSet<>();
		Set<String> systems = new HashSet<>();
		for (DealCandidate candidate : candidates) {
			actors.addAll(known(candidate.references()));
			candidate.items().stream().map(DealItem::systemKey).filter(Objects::nonNull).forEach(systems::add);
		}
		List<DefenceDeal> deals = (actors.isEmpty() && systems.isEmpty()) ? List.of()
				: this.mongo.find(Query.query(new Criteria().orOperator(Criteria.where("partyIds").in(actors),
						Criteria.where("buyerId").in(actors), Criteria.where("supplierId").in(actors),
						Criteria.where("items.systemKey").in(systems))), DefenceDeal.class);
		Map<String, DefenceDeal> byId = index(deals, DefenceDeal::id);
		List<ExistingFact> existing = deals.stream()
			.map((deal) -> new ExistingFact(deal.id(),
					principals(deal.involvedIds(), deal.buyerId(), deal.supplierId()),
					set(nonNull(deal.buyerId(), deal.supplierId())), deal.date(), null,
					deal.items().stream().map(DealItem::system).toList()))
			.toList();
		Map<DealCandidate, List<DefenceDeal>> similar = new LinkedHashMap<>();
		for (DealCandidate candidate : candidates) {
			List<DealItemCandidate> items = candidate.items()
				.stream()
				.map((item) -> new DealItemCandidate(item.system(), item.category(), ref(item.manufacturerId()),
						item.quantity(), item.plannedQuantity()))
				.toList();
			org.diplograph.extraction.DealCandidate proposal = new org.diplograph.extraction.DealCandidate(null, null,
					ref(candidate.buyerId()), ref(candidate.supplierId()),
					refs(List.copyOf(principals(candidate.partyIds(), candidate.buyerId(), candidate.supplierId()))),
					items, candidate.date(), List.of(), candidate.confidence(), candidate.rule());
			similar.put(candidate, best(SimilarFacts.rank(proposal, existing), byId, candidate));
		}
		return similar;
	}

	Map<EngagementCandidate, List<Engagement>> engagements(List<EngagementCandidate> candidates) {
		List<Criteria> any = new ArrayList<>();
		for (EngagementCandidate candidate : candidates) {
			List<String> actors = known(candidate.references());
			if (!actors.isEmpty()) {
				any.add(Criteria.where("involvedIds").in(actors));
			}
		}
		List<Engagement> engagements = any.isEmpty() ? List.of()
				: this.mongo.find(Query.query(new Criteria().orOperator(any)), Engagement.class);
		Map<String, Engagement> byId = index(engagements, Engagement::id);
		Map<EngagementCandidate, List<Engagement>> similar = new LinkedHashMap<>();
		for (EngagementCandidate candidate : candidates) {
			List<ExistingFact> existing = engagements.stream()
				.filter((engagement) -> engagement.kind() == candidate.kind())
				.map((engagement) -> new ExistingFact(engagement.id(), set(engagement.participantIds()),
						set(engagement.countryIds()), engagement.date(), engagement.place(), List.of()))
				.toList();
			org.diplograph.extraction.EngagementCandidate proposal = new org.diplograph.extraction.EngagementCandidate(
					null, refs(candidate.participantIds()), refs(candidate.countryIds()), candidate.place(),
					ref(candidate.hostCountryId()), candidate.occasion(), candidate.date(), null, List.of(),
					candidate.confidence(), candidate.rule());
			similar.put(candidate, best(SimilarFacts.rank(proposal, existing), byId, candidate));
		}
		return similar;
	}

	/** The best few, leaving out what the candidate itself became. */
	private static <T> List<T> best(List<SimilarFact> ranked, Map<String, T> byId, Candidate candidate) {
		return ranked.stream()
			.map(SimilarFact::id)
			.filter((id) -> !id.equals(candidate.resultId()))
			.limit(MAX_SIMILAR)
			.map(byId::get)
			.filter(Objects::nonNull)
			.toList();
	}

	/** A known actor as the engine refers to it; an actor candidate as a proposed one. */
	private static ActorRef ref(String id) {
		if (id == null) {
			return null;
		}
		return Candidate.isCandidate(id) ? ActorRef.proposed(id) : ActorRef.known(id);
	}

	private static List<ActorRef> refs(List<String> ids) {
		return ids.stream().map(Duplicates::ref).toList();
	}

	private static List<String> known(List<String> references) {
		return references.stream().filter((id) -> !Candidate.isCandidate(id)).distinct().toList();
	}

	private static <T> Map<String, T> index(List<T> documents, Function<T, String> idOf) {
		Map<String, T> byId = new LinkedHashMap<>();
		documents.forEach((document) -> byId.put(idOf.apply(document), document));
		return byId;
	}

	private static Set<String> set(List<String> first, List<String> second) {
		return Set.copyOf(Stream.concat(first.stream(), second.stream()).toList());
	}

	/**
	 * The parties of a deal besides its buyer and supplier, which count as its countries.
	 */
	private static Set<String> principals(List<String> parties, String buyerId, String supplierId) {
		Set<String> principals = new HashSet<>(parties);
		principals.remove(buyerId);
		principals.remove(supplierId);
		return principals;
	}

	private static Set<String> set(List<String> ids) {
		return Set.copyOf(ids);
	}

	private static List<String> nonNull(String... ids) {
		return Stream.of(ids).filter(Objects::nonNull).toList();
	}

}
