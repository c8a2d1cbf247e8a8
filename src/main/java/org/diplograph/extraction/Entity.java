package org.diplograph.extraction;

/**
 * Something a sentence names, over tokens [first, last): an actor (known or proposed, a
 * country named by a demonym too), a place (a city, with its country when known) or an
 * event (a forum, a summit, an exercise, an agreement's name).
 */
record Entity(Type type, int first, int last, int start, int end, ActorRef ref, ActorType actorType, ActorRef country,
		String name, boolean demonym) {

	enum Type {

		ACTOR, PLACE, EVENT

	}

	boolean isActor() {
		return this.type == Type.ACTOR;
	}

	boolean isPerson() {
		return this.type == Type.ACTOR && this.actorType == ActorType.PERSON;
	}

	boolean isOrganization() {
		return this.type == Type.ACTOR && this.actorType == ActorType.ORGANIZATION;
	}

	boolean isCountry() {
		return this.type == Type.ACTOR && this.actorType == ActorType.COUNTRY;
	}

	/** The country this entity belongs to: itself for a country. */
	ActorRef countryOf() {
		return isCountry() ? this.ref : this.country;
	}

}
