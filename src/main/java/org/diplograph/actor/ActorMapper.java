package org.diplograph.actor;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

import org.diplograph.common.AppliesEdit;
import org.diplograph.common.MappingConfig;
import org.diplograph.model.Actor;

/**
 * Maps an actor input onto the actor document: the document into a draft, the resolved
 * input onto the draft (a field not given keeps its value), and the draft back into the
 * document with the name keys derived from its names.
 */
@Mapper(config = MappingConfig.class)
interface ActorMapper {

	ActorDraft toDraft(Actor actor);

	@AppliesEdit
	@Mapping(target = "exactAliases", ignore = true)
	@Mapping(target = "roles", ignore = true)
	@Mapping(target = "articleIds", ignore = true)
	@Mapping(target = "visitRefs", ignore = true)
	@Mapping(target = "dealIds", ignore = true)
	@Mapping(target = "engagementIds", ignore = true)
	void apply(ActorEdit edit, @MappingTarget ActorDraft draft);

	@Mapping(target = "nameKeys", expression = "java(draft.nameKeys())")
	@Mapping(target = "searchText", expression = "java(draft.searchText())")
	@Mapping(target = "sortKey", expression = "java(draft.sortKey())")
	Actor toDocument(ActorDraft draft);

}
