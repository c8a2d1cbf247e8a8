package org.diplograph.change;

import java.util.function.Supplier;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.connection.ClusterType;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.MongoTransactionManager;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether the database has transactions (a replica set or sharded cluster, as the driver
 * sees it once connected), and runs a change in one, again after a transient error.
 */
final class Transactions {

	private static final Logger logger = LoggerFactory.getLogger(Transactions.class);

	private static final int ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final MongoClient client;

	private volatile TransactionTemplate transactions;

	private volatile Boolean replicaSet;

	Transactions(MongoTemplate mongo, MongoClient client) {
		this.mongo = mongo;
		this.client = client;
	}

	/**
	 * Whether writes run in MongoDB transactions: on a replica set or sharded cluster.
	 */
	boolean available() {
		Boolean known = this.replicaSet;
		if (known == null) {
			known = detectReplicaSet();
			if (known != null) {
				this.replicaSet = known;
				if (known) {
					this.transactions = new TransactionTemplate(
							new MongoTransactionManager(this.mongo.getMongoDatabaseFactory()));
					logger.info("The database is a replica set: each change is written in one transaction");
				}
				else {
					logger.info("The database has no transactions: changes are written in logged steps,"
							+ " repaired after a crash");
				}
			}
		}
		return Boolean.TRUE.equals(known);
	}

	/** Runs the write in one transaction, again after a transient transaction error. */
	<T> T run(Supplier<T> write, String subjectId) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> write.get());
			}
			catch (RuntimeException ex) {
				if (attempt >= ATTEMPTS || !isTransient(ex)) {
					throw ex;
				}
				logger.debug("Retrying change {} after a transient transaction error", subjectId);
			}
		}
	}

	/**
	 * Whether the server is a replica set or sharded cluster, as the driver sees it once
	 * connected; null while it cannot tell.
	 */
	private Boolean detectReplicaSet() {
		try {
			this.mongo.executeCommand(new Document("ping", 1));
			ClusterType type = this.client.getClusterDescription().getType();
			return (type == ClusterType.UNKNOWN) ? null
					: (type == ClusterType.REPLICA_SET || type == ClusterType.SHARDED);
		}
		catch (DataAccessException ex) {
			return null;
		}
	}

	private static boolean isTransient(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof MongoException mongo
					&& (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
							|| mongo.hasErrorLabel(MongoException.UNKNOWN_TRANSACTION_COMMIT_RESULT_LABEL))) {
				return true;
			}
		}
		return false;
	}

}
