package org.diplograph.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether relationship fields go through batching DataLoaders.
 *
 * @param batching {@code false} turns DataLoader batching and caching off, so each parent
 * costs its own query: the naive baseline of the benchmarks, never for production
 */
@ConfigurationProperties("diplograph.graphql")
public record BatchingProperties(@DefaultValue("true") boolean batching) {

}
