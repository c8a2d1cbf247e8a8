package org.diplograph.actor;

import java.util.List;
import java.util.Set;

import org.diplograph.model.ActorKind;

/**
 * An actor input checked and resolved, the country as an actor ID. Null means not given;
 * {@code cleared} names the fields set to null.
 */
record ActorEdit(String name, ActorKind kind, List<String> aliases, String code, String countryId, String description,
		Set<String> cleared) {

}
