package org.diplograph.review;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

import org.diplograph.common.Connection;
import org.diplograph.common.Inputs;
import org.diplograph.common.PageRequest;
import org.diplograph.model.Article;
import org.diplograph.model.Candidate;
import org.diplograph.model.CandidateStatus;
import org.diplograph.model.DealCandidate;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.EngagementCandidate;
import org.diplograph.model.Visit;
import org.diplograph.model.VisitCandidate;
import org.diplograph.security.RequiresAdmin;
import org.diplograph.security.RequiresEdit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The review queue ({@code candidates}), an article's candidates, the facts a candidate
 * may duplicate, and the decisions, which go through {@link ReviewWrites}.
 */
@Controller
class CandidateController {

	private final CandidateRepository candidates;

	private final Duplicates duplicates;

	private final ReviewWrites writes;

	CandidateController(CandidateRepository candidates, Duplicates duplicates, ReviewWrites writes) {
		this.candidates = candidates;
		this.duplicates = duplicates;
		this.writes = writes;
	}

	@QueryMapping
	Connection<Candidate> candidates(@Argument CandidateFilter filter, @Argument Integer first, @Argument String after,
			@Argument Integer last, @Argument String before) {
		PageRequest request = PageRequest.of(first, after, last, before);
		return this.candidates.page((filter != null) ? filter : CandidateFilter.NONE, request);
	}

	@SchemaMapping(typeName = "Article")
	CompletableFuture<List<Candidate>> candidates(Article article, @Argument CandidateStatus status,
			DataFetchingEnvironment env) {
		DataLoader<String, List<Candidate>> loader = env.getDataLoader(CandidateBatchLoader.BY_ARTICLE);
		return loader.load(article.id())
			.thenApply((found) -> (found == null) ? List.<Candidate>of()
					: found.stream().filter((candidate) -> status == null || candidate.status() == status).toList());
	}

	@BatchMapping(typeName = "VisitCandidate", field = "similar")
	Map<VisitCandidate, List<Visit>> similarVisits(List<VisitCandidate> candidates) {
		return this.duplicates.visits(candidates);
	}

	@BatchMapping(typeName = "DealCandidate", field = "similar")
	Map<DealCandidate, List<DefenceDeal>> similarDeals(List<DealCandidate> candidates) {
		return this.duplicates.deals(candidates);
	}

	@BatchMapping(typeName = "EngagementCandidate", field = "similar")
	Map<EngagementCandidate, List<Engagement>> similarEngagements(List<EngagementCandidate> candidates) {
		return this.duplicates.engagements(candidates);
	}

	@MutationMapping
	@RequiresEdit
	CandidatePayload acceptCandidate(@Argument AcceptInput input, Principal principal) {
		return this.writes.accept(input.id(), input.edits(), note(input.note()), principal.getName());
	}

	@MutationMapping
	@RequiresEdit
	CandidatePayload mergeCandidate(@Argument MergeInput input, Principal principal) {
		return this.writes.merge(input.id(), input.into(), note(input.note()), principal.getName());
	}

	@MutationMapping
	@RequiresEdit
	CandidatePayload rejectCandidate(@Argument RejectInput input, Principal principal) {
		return this.writes.reject(input.id(), note(input.note()), principal.getName());
	}

	@MutationMapping
	@RequiresAdmin
	CandidatePayload reopenCandidate(@Argument String id, @Argument String note, Principal principal) {
		return this.writes.reopen(id, note(note), principal.getName());
	}

	private static String note(String note) {
		return Inputs.text("input.note", note, Inputs.MAX_NOTE);
	}

	/** A candidate to accept, with the corrections of its fields. */
	record AcceptInput(String id, CandidateEdits edits, String note) {
	}

	/** A candidate to merge into an existing fact or actor. */
	record MergeInput(String id, String into, String note) {
	}

	/** A candidate to reject. */
	record RejectInput(String id, String note) {
	}

}
