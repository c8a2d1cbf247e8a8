package org.diplograph.model;

/** What an actor is. */
public enum ActorKind {

	PERSON, ORGANIZATION, COUNTRY

}
