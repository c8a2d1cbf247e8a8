package org.diplograph.engagement;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import org.diplograph.common.AppliesEdit;
import org.diplograph.common.MappingConfig;
import org.diplograph.evidence.FactMapper;
import org.diplograph.model.Engagement;

/**
 * Maps an engagement input onto the engagement document: the document into a draft, the
 * resolved input onto the draft (a field not given keeps its value), and the draft back
 * into the document with its derived fields.
 */
@Mapper(config = MappingConfig.class)
interface EngagementMapper extends FactMapper<Engagement, EngagementDraft> {

	@Override
	EngagementDraft toDraft(Engagement engagement);

	@AppliesEdit
	void apply(EngagementEdit edit, @MappingTarget EngagementDraft draft);

	@Override
	@Mapping(target = "involvedIds", expression = "java(draft.involvedIds())")
	@Mapping(target = "articleIds", expression = "java(draft.articleIds())")
	@Mapping(target = "sortKey", expression = "java(draft.sortKey())")
	Engagement toDocument(EngagementDraft draft);

}
