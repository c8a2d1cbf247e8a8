package org.diplograph.review;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.diplograph.common.Loaded;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorCandidate;
import org.diplograph.model.Article;
import org.diplograph.model.Candidate;
import org.diplograph.model.DealCandidate;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.EngagementCandidate;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitCandidate;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The relationship fields of the candidate types, each batched through a DataLoader: the
 * article, the actors a candidate refers to (an actor candidate shown as the actor it
 * became), the proposed actors still pending, and what the candidate became.
 */
@Controller
class CandidateFieldsController {

	/** Every candidate type's article: mapped once on the interface. */
	@SchemaMapping(typeName = "Candidate")
	CompletableFuture<Article> article(Candidate candidate, DataLoader<String, Article> articles) {
		return Loaded.one(articles, candidate.articleId());
	}

	@SchemaMapping(typeName = "Candidate")
	CompletableFuture<List<ActorCandidate>> newActors(Candidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).pending(candidate.references());
	}

	@SchemaMapping(typeName = "ActorCandidate", field = "country")
	CompletableFuture<Actor> country(ActorCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).one(candidate.countryId());
	}

	@SchemaMapping(typeName = "ActorCandidate", field = "similar")
	CompletableFuture<List<Actor>> similarActors(ActorCandidate candidate, DataLoader<String, Actor> actors) {
		return Loaded.all(actors, candidate.similarIds());
	}

	@SchemaMapping(typeName = "ActorCandidate", field = "result")
	CompletableFuture<Actor> actorResult(ActorCandidate candidate, DataLoader<String, Actor> actors) {
		return Loaded.one(actors, candidate.resultId());
	}

	@SchemaMapping(typeName = "VisitCandidate")
	CompletableFuture<List<Actor>> visitors(VisitCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).all(candidate.visitorIds());
	}

	@SchemaMapping(typeName = "VisitCandidate")
	CompletableFuture<List<ActorCandidate>> newVisitors(VisitCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).pending(candidate.visitorIds());
	}

	@SchemaMapping(typeName = "VisitCandidate")
	CompletableFuture<Actor> fromCountry(VisitCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).one(candidate.fromCountryId());
	}

	@SchemaMapping(typeName = "VisitCandidate")
	CompletableFuture<Actor> hostCountry(VisitCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).one(candidate.hostCountryId());
	}

	@SchemaMapping(typeName = "VisitCandidate")
	CompletableFuture<List<Actor>> metWith(VisitCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).all(candidate.metWithIds());
	}

	@SchemaMapping(typeName = "VisitCandidate", field = "result")
	CompletableFuture<Visit> visitResult(VisitCandidate candidate, DataLoader<String, Visit> visits) {
		return Loaded.one(visits, candidate.resultId());
	}

	@SchemaMapping(typeName = "DealCandidate")
	CompletableFuture<Actor> buyer(DealCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).one(candidate.buyerId());
	}

	@SchemaMapping(typeName = "DealCandidate")
	CompletableFuture<Actor> supplier(DealCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).one(candidate.supplierId());
	}

	@SchemaMapping(typeName = "DealCandidate")
	CompletableFuture<List<Actor>> parties(DealCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).all(candidate.partyIds());
	}

	@SchemaMapping(typeName = "DealCandidate", field = "result")
	CompletableFuture<DefenceDeal> dealResult(DealCandidate candidate, DataLoader<String, DefenceDeal> deals) {
		return Loaded.one(deals, candidate.resultId());
	}

	@SchemaMapping(typeName = "EngagementCandidate")
	CompletableFuture<List<Actor>> participants(EngagementCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).all(candidate.participantIds());
	}

	@SchemaMapping(typeName = "EngagementCandidate")
	CompletableFuture<List<Actor>> countries(EngagementCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).all(candidate.countryIds());
	}

	@SchemaMapping(typeName = "EngagementCandidate", field = "hostCountry")
	CompletableFuture<Actor> engagementHost(EngagementCandidate candidate, DataLoader<String, Actor> actors,
			DataLoader<String, Candidate> candidates) {
		return new ActorRefs(actors, candidates).one(candidate.hostCountryId());
	}

	@SchemaMapping(typeName = "EngagementCandidate", field = "result")
	CompletableFuture<Engagement> engagementResult(EngagementCandidate candidate,
			DataLoader<String, Engagement> engagements) {
		return Loaded.one(engagements, candidate.resultId());
	}

}
