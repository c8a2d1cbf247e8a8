package org.diplograph.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How relationship fields read their documents: batched through DataLoaders, and from the
 * near cache kept across requests.
 *
 * @param batching {@code false} turns DataLoader batching and caching off, so each parent
 * costs its own query: the naive baseline of the benchmarks, never for production
 * @param nearCacheSize documents read through relationship fields kept across requests
 * until a change touches them; {@code 0} turns the near cache off, as does turning
 * batching off
 */
@ConfigurationProperties("diplograph.graphql")
public record BatchingProperties(@DefaultValue("true") boolean batching, @DefaultValue("20000") int nearCacheSize) {

}
