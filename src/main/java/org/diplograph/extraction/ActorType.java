package org.diplograph.extraction;

/**
 * What an actor is; the names are those of the API's {@code ActorKind}.
 */
public enum ActorType {

	PERSON, ORGANIZATION, COUNTRY

}
