package org.diplograph.database;

import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The database's health, by a ping: works on a real MongoDB and on the embedded server
 * (which does not know the {@code hello} command Boot's own indicator sends). Part of
 * readiness, so a load balancer stops sending traffic while the database is away.
 */
@Component("database")
class DatabaseHealthIndicator extends AbstractHealthIndicator {

	private final MongoTemplate mongo;

	DatabaseHealthIndicator(MongoTemplate mongo) {
		super("The database did not answer a ping");
		this.mongo = mongo;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = this.mongo.executeCommand(new Document("ping", 1));
		builder.up().withDetail("database", this.mongo.getDb().getName()).withDetail("ping", answer.get("ok"));
	}

}
