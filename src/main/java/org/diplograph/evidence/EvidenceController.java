package org.diplograph.evidence;

import java.security.Principal;
import java.util.List;

import org.diplograph.article.ArticleEvidence;
import org.diplograph.article.EvidenceRange;
import org.diplograph.common.BadRequestException;
import org.diplograph.common.Inputs;
import org.diplograph.model.NodeIds;
import org.diplograph.security.RequiresEdit;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code addEvidence} and {@code removeEvidence}: a source added to or removed from any
 * kind of fact, through the writes of that kind.
 */
@Controller
class EvidenceController {

	private final List<FactEvidence> facts;

	private final ArticleEvidence evidence;

	EvidenceController(List<FactEvidence> facts, ArticleEvidence evidence) {
		this.facts = facts;
		this.evidence = evidence;
	}

	@MutationMapping
	@RequiresEdit
	EvidencePayload addEvidence(@Argument EvidenceInput input, @Argument String note, Principal principal) {
		FactEvidence fact = factOf(input);
		return new EvidencePayload(fact.addEvidence(input.fact(),
				this.evidence.of("input", new EvidenceRange(input.article(), input.start(), input.end())),
				principal.getName(), Inputs.note(note)));
	}

	@MutationMapping
	@RequiresEdit
	EvidencePayload removeEvidence(@Argument EvidenceInput input, @Argument String note, Principal principal) {
		FactEvidence fact = factOf(input);
		return new EvidencePayload(fact.removeEvidence(input.fact(), input.article(), input.start(), input.end(),
				principal.getName(), Inputs.note(note)));
	}

	private FactEvidence factOf(EvidenceInput input) {
		String prefix = NodeIds.prefixOf(input.fact());
		return this.facts.stream()
			.filter((fact) -> fact.prefix().equals(prefix))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("input.fact: '" + input.fact()
					+ "' is not a fact with sources; give the ID of a visit, a deal or an engagement."));
	}

}
