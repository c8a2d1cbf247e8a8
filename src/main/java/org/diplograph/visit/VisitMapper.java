package org.diplograph.visit;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;

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

	@BeanMapping(nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
	@Mapping(target = "id", ignore = true)
	@Mapping(target = "revision", ignore = true)
	@Mapping(target = "origin", ignore = true)
	void apply(VisitEdit edit, @MappingTarget VisitDraft draft);

	@Mapping(target = "involvedIds", expression = "java(draft.involvedIds())")
	@Mapping(target = "articleIds", expression = "java(draft.articleIds())")
	@Override
	Visit toDocument(VisitDraft draft);

}
