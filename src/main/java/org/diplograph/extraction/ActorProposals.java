package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.common.Names;

/**
 * The actors one extraction proposes, by key: the same name proposed twice is one
 * candidate with the evidence of both.
 */
final class ActorProposals {

	private static final double SIMILAR_FLOOR = 0.6;

	private static final int MAX_SIMILAR = 5;

	private final Map<String, Proposal> byKey = new LinkedHashMap<>();

	/**
	 * Proposes an actor (or adds evidence to the one of the same key) and refers to it.
	 */
	ActorRef propose(String name, ActorType type, ActorRef country, String code, TextRange evidence, double confidence,
			String rule) {
		String key = key(name);
		Proposal proposal = this.byKey.computeIfAbsent(key, (k) -> new Proposal(k, name, type, code, rule));
		proposal.evidence.add(evidence);
		proposal.confidence = Math.max(proposal.confidence, confidence);
		if (proposal.country == null && country != null && !country.equals(ActorRef.proposed(key))) {
			proposal.country = country;
		}
		return ActorRef.proposed(key);
	}

	/** A person proposed earlier whose last name is {@code word}, or null. */
	ActorRef bySurname(String word) {
		String key = Names.key(word);
		if (key.length() < 3) {
			return null;
		}
		for (Proposal proposal : this.byKey.values()) {
			String[] parts = proposal.name.split("[\\s-]+");
			if (proposal.type == ActorType.PERSON && parts.length > 1
					&& Names.key(parts[parts.length - 1]).equals(key)) {
				return ActorRef.proposed(proposal.key);
			}
		}
		return null;
	}

	void addEvidence(ActorRef ref, TextRange evidence) {
		Proposal proposal = this.byKey.get(ref.proposedKey());
		if (proposal != null) {
			proposal.evidence.add(evidence);
		}
	}

	ActorType type(String key) {
		Proposal proposal = this.byKey.get(key);
		return (proposal != null) ? proposal.type : null;
	}

	ActorRef country(String key) {
		Proposal proposal = this.byKey.get(key);
		return (proposal != null) ? proposal.country : null;
	}

	String name(String key) {
		Proposal proposal = this.byKey.get(key);
		return (proposal != null) ? proposal.name : null;
	}

	/** The candidates, each with the known actors of its type whose names are close. */
	List<ActorCandidate> candidates(List<KnownActor> known) {
		List<ActorCandidate> candidates = new ArrayList<>();
		for (Proposal proposal : this.byKey.values()) {
			candidates
				.add(new ActorCandidate(proposal.key, proposal.name, proposal.type, proposal.country, proposal.code,
						similar(proposal, known), List.copyOf(proposal.evidence), proposal.confidence, proposal.rule));
		}
		return candidates;
	}

	private static List<SimilarActor> similar(Proposal proposal, List<KnownActor> known) {
		List<SimilarActor> similar = new ArrayList<>();
		for (KnownActor actor : known) {
			if (actor.type() != proposal.type) {
				continue;
			}
			double best = NameSimilarity.score(proposal.name, actor.name());
			for (String alias : actor.aliases()) {
				best = Math.max(best, NameSimilarity.score(proposal.name, alias));
			}
			if (best >= SIMILAR_FLOOR) {
				similar.add(new SimilarActor(actor.id(), Math.round(best * 1000) / 1000.0));
			}
		}
		similar.sort(Comparator.comparingDouble(SimilarActor::score).reversed().thenComparing(SimilarActor::actorId));
		return similar.subList(0, Math.min(MAX_SIMILAR, similar.size()));
	}

	/** A readable slug of a name, the same for every spelling that folds alike. */
	static String key(String name) {
		String slug = Names.fold(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "actor" : slug;
	}

	private static final class Proposal {

		final String key;

		final String name;

		final ActorType type;

		final String code;

		final String rule;

		final Set<TextRange> evidence = new LinkedHashSet<>();

		ActorRef country;

		double confidence;

		Proposal(String key, String name, ActorType type, String code, String rule) {
			this.key = key;
			this.name = name;
			this.type = type;
			this.code = code;
			this.rule = rule;
		}

	}

}
