package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.diplograph.common.FuzzyDate;

/**
 * One article under extraction: its input, the known actors by ID and countries by code,
 * the actors proposed so far, and its sentences.
 */
final class ArticleContext {

	final ArticleInput input;

	final String body;

	final FuzzyDate publishedOn;

	final Gazetteer gazetteer;

	final ActorProposals proposals = new ActorProposals();

	final List<SentenceView> sentences = new ArrayList<>();

	private final Map<String, KnownActor> known = new HashMap<>();

	private final Map<String, String> countryIdByCode = new HashMap<>();

	ArticleContext(ArticleInput input, Gazetteer gazetteer) {
		this.input = input;
		this.body = input.body();
		this.publishedOn = input.publishedOn();
		this.gazetteer = gazetteer;
		for (KnownActor actor : input.knownActors()) {
			this.known.put(actor.id(), actor);
			if (actor.type() == ActorType.COUNTRY && actor.code() != null) {
				this.countryIdByCode.putIfAbsent(actor.code().toUpperCase(Locale.ROOT), actor.id());
			}
		}
	}

	KnownActor known(String id) {
		return this.known.get(id);
	}

	/** The country of a gazetteer code: the known one, else a proposed country. */
	ActorRef countryRef(String code, TextRange evidence) {
		String id = this.countryIdByCode.get(code);
		if (id != null) {
			return ActorRef.known(id);
		}
		Gazetteer.Country country = this.gazetteer.country(code);
		return this.proposals.propose(country.name(), ActorType.COUNTRY, null, code, evidence, 0.7,
				"actor.country-gazetteer");
	}

	ActorType typeOf(ActorRef ref) {
		if (ref == null) {
			return null;
		}
		if (ref.isKnown()) {
			KnownActor actor = this.known.get(ref.knownId());
			return (actor != null) ? actor.type() : null;
		}
		return this.proposals.type(ref.proposedKey());
	}

	/** The country an actor belongs to: itself for a country, null when unknown. */
	ActorRef countryOf(ActorRef ref) {
		if (ref == null) {
			return null;
		}
		if (typeOf(ref) == ActorType.COUNTRY) {
			return ref;
		}
		if (ref.isKnown()) {
			KnownActor actor = this.known.get(ref.knownId());
			if (actor == null) {
				return null;
			}
			if (actor.countryId() != null) {
				return ActorRef.known(actor.countryId());
			}
			for (KnownRole role : actor.roles()) {
				if (role.organizationId() != null) {
					ActorRef organization = ActorRef.known(role.organizationId());
					if (!organization.equals(ref) && typeOf(organization) != ActorType.PERSON) {
						ActorRef country = countryOf(organization);
						if (country != null) {
							return country;
						}
					}
				}
			}
			return null;
		}
		return this.proposals.country(ref.proposedKey());
	}

	/** The date of a fact whose sentence gives none: the publication month, or year. */
	FuzzyDate fallbackDate() {
		return DateResolver.fallback(this.publishedOn);
	}

}
