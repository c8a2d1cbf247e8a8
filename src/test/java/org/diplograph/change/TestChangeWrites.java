package org.diplograph.change;

import java.time.Duration;

import org.springframework.context.ApplicationEventPublisher;

import org.diplograph.database.InMemoryMongo;

/** The change log's writes on a test database, for tests of other packages. */
public final class TestChangeWrites {

	private TestChangeWrites() {
	}

	public static ChangeWrites on(InMemoryMongo mongo, ApplicationEventPublisher events) {
		ChangeWrites writes = new ChangeWrites(mongo.template(), mongo.client(), events,
				new ChangeProperties(Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofSeconds(1)));
		writes.afterPropertiesSet();
		return writes;
	}

}
