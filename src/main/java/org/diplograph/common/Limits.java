package org.diplograph.common;

/**
 * The fixed limits: those the API contract states or that protect the server whatever its
 * configuration. The limits an operator may tune are {@link LimitsProperties}; the
 * README's limits table lists both, and {@code LimitsDocumentationTests} holds it to
 * these values.
 */
public final class Limits {

	/** Items on a page when neither {@code first} nor {@code last} is given. */
	public static final int DEFAULT_PAGE_SIZE = 20;

	/** The most items {@code first} or {@code last} may ask for. */
	public static final int MAX_PAGE_SIZE = 100;

	/**
	 * Items in any list argument: {@code nodes(ids)}, {@code filter.mentions},
	 * {@code search(types)}.
	 */
	public static final int MAX_LIST_ITEMS = 100;

	/**
	 * Characters in a name, alias, system, actor reference or ID argument: longer than
	 * any real one.
	 */
	public static final int MAX_NAME_LENGTH = 200;

	/**
	 * What one mutation field adds to a request's estimated cost: a write locks, records
	 * and re-indexes, so one request holds few (25 under the default maximum cost).
	 */
	public static final int MUTATION_COST = 2_000;

	/** Characters in a cursor argument; the cursors the API makes are far shorter. */
	public static final int MAX_CURSOR_LENGTH = 1024;

	/** Characters in a search query. */
	public static final int MAX_SEARCH_LENGTH = 500;

	/** Words, phrases and prefixes in a search query. */
	public static final int MAX_SEARCH_WORDS = 20;

	/** How deep a client may page into one search's hits. */
	public static final int MAX_SEARCH_DEPTH = 10_000;

	/** Highlights per field of one search hit. */
	public static final int MAX_HIGHLIGHTS_PER_FIELD = 3;

	/** The deepest network: the actor's links and their links. */
	public static final int MAX_NETWORK_DEPTH = 2;

	/** The highest {@code minWeight} of a network. */
	public static final int MAX_NETWORK_MIN_WEIGHT = 1000;

	/**
	 * What the cost model counts each letter of a search word that may be misspelt as:
	 * matching a word's misspellings in every field takes about as long as building this
	 * many result values per letter (a 23-letter word as long as about 6,000 values).
	 */
	public static final int FUZZY_LETTER_COST = 250;

	/** What the cost model counts any other search word, phrase or prefix as. */
	public static final int SEARCH_WORD_COST = 50;

	/**
	 * Actor names an export keeps in memory to name the actors of its records; past them
	 * it forgets them and reads them again.
	 */
	public static final int MAX_EXPORT_ACTOR_NAMES = 100_000;

	/**
	 * Requests that may wait for each running one when {@code max-concurrent-requests}
	 * run already; past them the server answers that it is busy.
	 */
	public static final int MAX_WAITING_REQUESTS = 50;

	private Limits() {
	}

}
