package org.diplograph.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.GraphQLContext;

import org.diplograph.common.RequestBudget;

/**
 * A request's {@link RequestBudget}: time until its deadline, values and characters of
 * text in its answer. Once any runs out the request is cancelled and answered with one
 * error naming the limit.
 */
final class Budget implements RequestBudget {

	/** Stops a request at its deadline even while it waits and so checks nothing. */
	private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

	private final Duration timeout;

	private final long deadline;

	private final long maxNodes;

	private final long maxCharacters;

	private final ScheduledFuture<?> timer;

	private final AtomicLong workNodes = new AtomicLong();

	private final AtomicLong characters = new AtomicLong();

	private final AtomicReference<String> exceeded = new AtomicReference<>();

	private final CompletableFuture<String> stopped = new CompletableFuture<>();

	private volatile ExecutionInput input;

	private Budget(Duration timeout, long maxNodes, long maxCharacters) {
		this.timeout = timeout;
		this.deadline = System.nanoTime() + timeout.toNanos();
		this.maxNodes = maxNodes;
		this.maxCharacters = maxCharacters;
		this.timer = DEADLINES.schedule(this::exceededMessage, timeout.toNanos(), TimeUnit.NANOSECONDS);
	}

	/** A budget with the limits' allowance, its deadline counted from now. */
	static Budget start(LimitsProperties limits) {
		return new Budget(limits.requestTimeout(), limits.maxResultNodes(), limits.maxResultCharacters());
	}

	/** The budget of the request with this context, or null outside a request. */
	static Budget in(GraphQLContext context) {
		return (context != null && context.get(CONTEXT_KEY) instanceof Budget budget) ? budget : null;
	}

	void attachTo(GraphQLContext context) {
		context.put(CONTEXT_KEY, this);
	}

	/** The budget as an entry of a request's context. */
	Map<String, Object> asContext() {
		return Map.of(CONTEXT_KEY, this);
	}

	/** Ties the budget to the execution it limits, which it cancels when it runs out. */
	void bind(ExecutionInput input) {
		this.input = input;
		if (stoppedBy() != null) {
			input.cancel();
		}
	}

	/** Stops the deadline's timer: the request is over. */
	void finish() {
		// null only while the constructor runs, should a tiny timeout fire meanwhile
		ScheduledFuture<?> scheduled = this.timer;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
	}

	@Override
	public void check() {
		String message = exceededMessage();
		if (message != null) {
			throw new LimitExceededException(message);
		}
	}

	@Override
	public boolean isExhausted() {
		return exceededMessage() != null;
	}

	@Override
	public void chargeNodes(long count) {
		long total = this.workNodes.addAndGet(count);
		if (total > this.maxNodes) {
			exceed(nodesMessage(this.maxNodes));
		}
		check();
	}

	/**
	 * Counts the values of the answer as graphql-java counts them, with the work done.
	 */
	void countResultNodes(long resultNodes) {
		if (resultNodes + this.workNodes.get() > this.maxNodes) {
			exceed(nodesMessage(this.maxNodes));
		}
	}

	void addCharacters(long count) {
		if (count > 0 && this.characters.addAndGet(count) > this.maxCharacters) {
			exceed("The answer would hold more than " + String.format(Locale.ROOT, "%,d", this.maxCharacters)
					+ " characters of text (diplograph.limits.max-result-characters); "
					+ "ask for fewer article bodies and quotes or for smaller pages.");
		}
	}

	/** The message of the limit the request ran out of, or null while it has not. */
	String exceededMessage() {
		String message = this.exceeded.get();
		if (message == null && System.nanoTime() - this.deadline > 0) {
			exceed(timeoutMessage(this.timeout));
			message = this.exceeded.get();
		}
		return message;
	}

	/** The message of the limit that stopped the request, or null if none did. */
	String stoppedBy() {
		return this.exceeded.get();
	}

	/**
	 * Completes with the message of the limit once the request runs out of its budget;
	 * the request is answered then, without waiting for its unfinished fields.
	 */
	CompletableFuture<String> whenStopped() {
		return this.stopped;
	}

	private void exceed(String message) {
		if (this.exceeded.compareAndSet(null, message)) {
			ExecutionInput bound = this.input;
			if (bound != null) {
				// graphql-java checks the flag before each field and object and stops
				// there
				bound.cancel();
			}
			this.stopped.complete(message);
			finish();
		}
	}

	static String timeoutMessage(Duration timeout) {
		return "The request ran longer than " + describe(timeout)
				+ " (diplograph.limits.request-timeout) and was stopped; ask for less at once.";
	}

	private static String nodesMessage(long max) {
		return "The answer would hold more than " + String.format(Locale.ROOT, "%,d", max)
				+ " values (diplograph.limits.max-result-nodes); ask for fewer fields, smaller pages, "
				+ "fewer nested lists or smaller networks.";
	}

	private static String describe(Duration duration) {
		long millis = duration.toMillis();
		if (millis % 1000 == 0) {
			return (millis / 1000) + " s";
		}
		return (millis >= 1000) ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : millis + " ms";
	}

	private static ScheduledThreadPoolExecutor deadlines() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "request-deadlines");
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

}
