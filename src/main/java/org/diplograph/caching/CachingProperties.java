package org.diplograph.caching;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How clients and proxies may cache GET answers.
 *
 * @param cacheControl the Cache-Control of successful GET answers of {@code /graphql},
 * the SDL and the pages; {@code no-cache} (the default) lets a client keep an answer but
 * revalidate it with its ETag each time, {@code max-age=60} would let it reuse it for a
 * minute without asking
 */
@ConfigurationProperties("diplograph.http")
public record CachingProperties(String cacheControl) {

	public CachingProperties {
		cacheControl = (cacheControl != null && !cacheControl.isBlank()) ? cacheControl.strip() : "no-cache";
	}

}
