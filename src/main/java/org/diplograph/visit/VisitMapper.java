package org.diplograph.visit;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import org.diplograph.common.AppliesEdit;
import org.diplograph.common.MappingConfig;
import org.diplograph.evidence.FactMapper;
import org.diplograph.model.Visit;

/**
 * Maps a visit input onto the visit document: the document into a draft, the resolved
 * input onto the draft (a field not given keeps its value), and the draft back into the
 * document with its derived fields.
 */
@Mapper(config = MappingConfig.class)
interface VisitMapper extends FactMapper<Visit, VisitDraft> {

	@Override
	VisitDraft toDraft(Visit visit);

	@AppliesEdit
	void apply(VisitEdit edit, @MappingTarget VisitDraft draft);

	@Mapping(target = "involvedIds", expression = "java(draft.involvedIds())")
	@Mapping(target = "articleIds", expression = "java(draft.articleIds())")
	@Override
	Visit toDocument(VisitDraft draft);

}
