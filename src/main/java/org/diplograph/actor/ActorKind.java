package org.diplograph.actor;

/** What an actor is. */
public enum ActorKind {

	PERSON, ORGANIZATION, COUNTRY

}
