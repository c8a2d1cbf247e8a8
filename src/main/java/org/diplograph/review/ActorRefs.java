package org.diplograph.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

import org.diplograph.common.Loaded;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorCandidate;
import org.diplograph.model.Candidate;
import org.diplograph.model.CandidateStatus;

/**
 * The actors a candidate refers to, as the API shows them: an actor as it is, an actor
 * candidate as the actor it became once accepted or merged; one still pending is listed
 * among the new actors instead, and a rejected one nowhere. Batched through the request's
 * DataLoaders.
 */
final class ActorRefs {

	private final DataLoader<String, Actor> actors;

	private final DataLoader<String, Candidate> candidates;

	ActorRefs(DataLoader<String, Actor> actors, DataLoader<String, Candidate> candidates) {
		this.actors = actors;
		this.candidates = candidates;
	}

	CompletableFuture<Actor> one(String ref) {
		if (!Candidate.isCandidate(ref)) {
			return Loaded.one(this.actors, ref);
		}
		return this.candidates.load(ref)
			.thenCompose((candidate) -> isDecidedInto(candidate) ? this.actors.load(candidate.resultId())
					: CompletableFuture.completedFuture(null));
	}

	CompletableFuture<List<Actor>> all(List<String> refs) {
		List<CompletableFuture<Actor>> loads = new ArrayList<>();
		refs.forEach((ref) -> loads.add(one(ref)));
		return CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new))
			.thenApply(
					(done) -> loads.stream().map(CompletableFuture::join).filter(Objects::nonNull).distinct().toList());
	}

	/** The actor candidates among the references that are still pending. */
	CompletableFuture<List<ActorCandidate>> pending(List<String> refs) {
		List<String> ids = refs.stream().filter(Candidate::isCandidate).distinct().toList();
		return Loaded.all(this.candidates, ids)
			.thenApply((found) -> found.stream()
				.filter((candidate) -> candidate.status() == CandidateStatus.PENDING)
				.filter(ActorCandidate.class::isInstance)
				.map(ActorCandidate.class::cast)
				.toList());
	}

	private static boolean isDecidedInto(Candidate candidate) {
		return candidate != null && candidate.resultId() != null
				&& (candidate.status() == CandidateStatus.ACCEPTED || candidate.status() == CandidateStatus.MERGED);
	}

}
