package org.diplograph.caching;

import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * ETags and Cache-Control for the answers that are small enough to buffer: GraphQL GET
 * answers, the SDL and the pages (never the streamed exports); WebJars, whose paths carry
 * their version, are cached for a year.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CachingConfiguration implements WebMvcConfigurer {

	/**
	 * Ahead of the request ID filter's successors, behind nothing that writes the body.
	 */
	private static final int ETAG_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter(
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
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
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		FilterRegistrationBean<CacheControlFilter> registration = new FilterRegistrationBean<>(
				new CacheControlFilter(properties.cacheControl(), graphQlPath));
		registration.addUrlPatterns(urlPatterns(graphQlPath));
		registration.setOrder(ETAG_ORDER + 1);
		return registration;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// registered ahead of Spring Boot's own /webjars/** handler, which then steps
		// aside
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable());
	}

	private static String[] urlPatterns(String graphQlPath) {
		return new String[] { graphQlPath, graphQlPath + "/schema", "/", "/home.css", "/graphiql", "/graphiql/" };
	}

}
