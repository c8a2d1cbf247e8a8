package org.diplograph.http;

import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The origins allowed to call {@code /graphql} from a browser may also read its schema,
 * so that a front end's tooling can load the SDL from the page it runs in.
 */
@Configuration(proxyBeanMethods = false)
class DownloadCors implements WebMvcConfigurer {

	private final CorsConfiguration cors;

	private final String path;

	DownloadCors(GraphQlCorsProperties properties, GraphQlProperties graphQl) {
		this.cors = properties.toCorsConfiguration();
		this.path = graphQl.getHttp().getPath();
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (this.cors != null) {
			registry.addMapping(this.path + "/schema").combine(this.cors);
			registry.addMapping("/export/**").combine(this.cors);
		}
	}

}
