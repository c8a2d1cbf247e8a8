package org.diplograph.caching;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags and Cache-Control for the answers that are small enough to buffer: GraphQL GET
 * answers, the SDL and the pages (never the streamed exports); WebJars whose paths carry
 * their version are cached for a year.
 */
@Configuration(proxyBeanMethods = false)
class CachingConfiguration {

	/**
	 * Ahead of the request ID filter's successors, behind nothing that writes the body.
	 */
	private static final int ETAG_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter(GraphQlProperties graphQl) {
		String graphQlPath = graphQl.getHttp().getPath();
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
		// weak: the answer means the same gzipped or not, and Tomcat compresses no answer
		// with a strong ETag
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns(urlPatterns(graphQlPath));
		registration.setOrder(ETAG_ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<CacheControlFilter> cacheControlFilter(CachingProperties properties,
			GraphQlProperties graphQl) {
		String graphQlPath = graphQl.getHttp().getPath();
		FilterRegistrationBean<CacheControlFilter> registration = new FilterRegistrationBean<>(
				new CacheControlFilter(properties.cacheControl(), graphQlPath));
		registration.addUrlPatterns(urlPatterns(graphQlPath));
		registration.setOrder(ETAG_ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<WebJarCacheFilter> webJarCacheFilter() {
		FilterRegistrationBean<WebJarCacheFilter> registration = new FilterRegistrationBean<>(new WebJarCacheFilter());
		registration.addUrlPatterns("/webjars/*");
		return registration;
	}

	private static String[] urlPatterns(String graphQlPath) {
		return new String[] { graphQlPath, graphQlPath + "/schema", "/", "/home.css", "/graphiql", "/graphiql/" };
	}

}
