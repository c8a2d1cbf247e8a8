package org.diplograph.change;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.diplograph.common.DerivedFromKnowledge.Rebuild;
import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Visit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * One read of the whole knowledge base for several rebuilds at once: every article,
 * actor, visit, deal and engagement is read and mapped once, on the calling thread, and
 * handed to each rebuild, each working on its own thread.
 */
final class KnowledgeScan {

	private static final Object END = new Object();

	/**
	 * Documents per reply: without a batch size the embedded server answers a getMore
	 * with the rest of the collection, which at 100,000 articles exceeds a reply's 48 MB.
	 */
	static final int BATCH = 1000;

	private static final List<Class<?>> TYPES = List.of(Article.class, Actor.class, Visit.class, DefenceDeal.class,
			Engagement.class);

	private KnowledgeScan() {
	}

	/**
	 * Feeds every document to every rebuild, then finishes each.
	 * @throws RuntimeException what the read or a rebuild threw; a rebuild is finished
	 * only when it got every document and nothing failed before
	 */
	static void run(MongoTemplate mongo, List<Rebuild> rebuilds) {
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		List<BlockingQueue<Object>> queues = new ArrayList<>();
		List<BlockingQueue<Object>> fed = new ArrayList<>();
		List<Thread> workers = new ArrayList<>();
		for (Rebuild rebuild : rebuilds) {
			BlockingQueue<Object> queue = new ArrayBlockingQueue<>(512);
			queues.add(queue);
			if (rebuild.wantsDocuments()) {
				fed.add(queue);
			}
			Thread worker = new Thread(() -> work(rebuild, queue, failure), "rebuild-" + workers.size());
			worker.start();
			workers.add(worker);
		}
		try {
			// nothing to read when no rebuild takes documents
			for (Class<?> type : fed.isEmpty() ? List.<Class<?>>of() : TYPES) {
				try (Stream<?> all = mongo.stream(new Query().cursorBatchSize(BATCH), type)) {
					all.forEach((document) -> fed.forEach((queue) -> put(queue, document)));
				}
				if (failure.get() != null) {
					break;
				}
			}
		}
		catch (RuntimeException ex) {
			failure.compareAndSet(null, ex);
		}
		finally {
			queues.forEach((queue) -> put(queue, END));
			workers.forEach(KnowledgeScan::join);
		}
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	/** Adds what comes until the end, then finishes, unless something failed. */
	private static void work(Rebuild rebuild, BlockingQueue<Object> queue, AtomicReference<RuntimeException> failure) {
		boolean failed = false;
		for (Object document = take(queue); document != END; document = take(queue)) {
			if (failed || failure.get() != null) {
				// keep taking so the reader never waits on a rebuild that gave up
				continue;
			}
			try {
				rebuild.add(document);
			}
			catch (RuntimeException ex) {
				failed = true;
				failure.compareAndSet(null, ex);
			}
		}
		if (!failed && failure.get() == null) {
			try {
				rebuild.finish();
			}
			catch (RuntimeException ex) {
				failure.compareAndSet(null, ex);
			}
		}
	}

	private static void put(BlockingQueue<Object> queue, Object document) {
		try {
			queue.put(document);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the derived indexes", ex);
		}
	}

	private static Object take(BlockingQueue<Object> queue) {
		try {
			return queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return END;
		}
	}

	private static void join(Thread worker) {
		try {
			worker.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
