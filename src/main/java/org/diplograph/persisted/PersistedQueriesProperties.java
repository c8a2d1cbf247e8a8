package org.diplograph.persisted;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cache of automatic persisted queries.
 *
 * @param maxEntries how many parsed and validated queries are kept; beyond that the least
 * recently used is dropped, and a client that sends its hash again is asked for the query
 */
@ConfigurationProperties("diplograph.persisted-queries")
public record PersistedQueriesProperties(Integer maxEntries) {

	public PersistedQueriesProperties {
		maxEntries = (maxEntries != null) ? maxEntries : 1000;
		if (maxEntries < 1) {
			throw new IllegalArgumentException("diplograph.persisted-queries.max-entries must be 1 or more");
		}
	}

}
