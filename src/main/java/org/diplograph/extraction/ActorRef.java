package org.diplograph.extraction;

/**
 * A reference from a candidate to an actor: either a known actor's ID or the key of an
 * {@link ActorCandidate} proposed by the same extraction; exactly one is set.
 */
public record ActorRef(String knownId, String proposedKey) {

	public ActorRef {
		if ((knownId == null) == (proposedKey == null)) {
			throw new IllegalArgumentException("An actor reference names a known actor or a proposed one");
		}
	}

	public static ActorRef known(String id) {
		return new ActorRef(id, null);
	}

	public static ActorRef proposed(String key) {
		return new ActorRef(null, key);
	}

	public boolean isKnown() {
		return this.knownId != null;
	}

	@Override
	public String toString() {
		return isKnown() ? this.knownId : "new:" + this.proposedKey;
	}

}
