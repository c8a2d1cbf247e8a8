package org.diplograph.deal;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import org.diplograph.common.AppliesEdit;
import org.diplograph.common.MappingConfig;
import org.diplograph.evidence.FactMapper;
import org.diplograph.model.DefenceDeal;

/**
 * Maps a deal input onto the deal document: the document into a draft, the resolved input
 * onto the draft (a field not given keeps its value), and the draft back into the
 * document with its derived fields.
 */
@Mapper(config = MappingConfig.class)
interface DealMapper extends FactMapper<DefenceDeal, DealDraft> {

	@Mapping(target = "partyIds", expression = "java(DealDraft.otherParties(deal))")
	@Override
	DealDraft toDraft(DefenceDeal deal);

	@AppliesEdit
	void apply(DealEdit edit, @MappingTarget DealDraft draft);

	@Mapping(target = "partyIds", expression = "java(draft.allParties())")
	@Mapping(target = "articleIds", expression = "java(draft.articleIds())")
	@Mapping(target = "sortKey", expression = "java(draft.sortKey())")
	@Override
	DefenceDeal toDocument(DealDraft draft);

}
