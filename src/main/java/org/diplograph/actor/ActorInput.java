package org.diplograph.actor;

import java.util.List;

import org.diplograph.model.ActorKind;

import org.springframework.graphql.data.ArgumentValue;

/**
 * An actor as a write gives it: the fields of Actor, the country as a reference. A field
 * left out keeps its value; an explicit null clears an optional one.
 */
public record ActorInput(ArgumentValue<String> name, ArgumentValue<ActorKind> kind, ArgumentValue<List<String>> aliases,
		ArgumentValue<String> code, ArgumentValue<String> country, ArgumentValue<String> description) {

}
