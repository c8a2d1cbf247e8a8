package org.diplograph.importing;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.diplograph.common.DerivedFromKnowledge;
import org.diplograph.model.Actor;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The snapshot of known actors imports read, made at the first import after any actor
 * changed (on this instance or, through the change feed, on another), so a new actor is
 * found in the next article imported.
 */
@Component
class KnownActors extends DerivedFromKnowledge {

	private final MongoTemplate mongo;

	private final AtomicLong generation = new AtomicLong();

	private final Object reading = new Object();

	private volatile ActorSnapshot snapshot;

	KnownActors(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	ActorSnapshot current() {
		ActorSnapshot current = this.snapshot;
		if (current != null) {
			return current;
		}
		// one import reads the actors while the others wait for it, rather than all at
		// once
		synchronized (this.reading) {
			current = this.snapshot;
			if (current == null) {
				long seen = this.generation.get();
				current = new ActorSnapshot(this.mongo.findAll(Actor.class));
				synchronized (this) {
					// an actor changed while they were read: this one serves, the next
					// import
					// rereads
					if (this.generation.get() == seen) {
						this.snapshot = current;
					}
				}
			}
			return current;
		}
	}

	/** Drops the snapshot once the data is rebuilt; the next import reads the actors. */
	@Override
	protected Rebuild newRebuild() {
		return Rebuild.withoutDocuments(this::forget);
	}

	@Override
	protected void update(Set<String> ids) {
		if (ids.stream().anyMatch((id) -> id.startsWith(Actor.ID_PREFIX))) {
			forget();
		}
	}

	private synchronized void forget() {
		this.generation.incrementAndGet();
		this.snapshot = null;
	}

}
