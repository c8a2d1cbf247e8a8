package org.diplograph.http;

import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.diplograph.persisted.PersistedQueries;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Every request to the GraphQL path, ahead of Spring for GraphQL's own route: GET (and
 * HEAD) for queries, POST for any operation, OPTIONS answered with the methods allowed,
 * any other method a 405; and the schema as SDL at {@code <path>/schema}. CORS preflights
 * still reach the CORS handling of {@code spring.graphql.cors.*}, since they match the
 * route of the method they announce.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpRoutes {

	private static final Set<HttpMethod> ROUTED = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST);

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlHttpRouterFunction(GraphQlProperties graphQl, GraphQlHttpHandler handler,
			JsonMapper json, GraphQlSource source, PersistedQueries persistedQueries) {
		String path = graphQl.getHttp().getPath();
		GraphQlHttpEndpoint endpoint = new GraphQlHttpEndpoint(handler, json, persistedQueries);
		RequestPredicate graphQlPath = RequestPredicates.path(path);
		SchemaDocument schema = new SchemaDocument(source);
		return RouterFunctions.route()
			.route(RequestPredicates.methods(HttpMethod.GET, HttpMethod.HEAD)
				.and(RequestPredicates.path(path + "/schema")), schema::get)
			.route(RequestPredicates.methods(HttpMethod.GET, HttpMethod.HEAD).and(graphQlPath), endpoint::get)
			.route(RequestPredicates.POST(path), endpoint::post)
			.route(graphQlPath.and(GraphQlHttpRoutes::isOtherMethod), endpoint::otherMethod)
			.build();
	}

	private static boolean isOtherMethod(ServerRequest request) {
		HttpMethod method = request.method();
		if (CorsUtils.isPreFlightRequest(request.servletRequest())) {
			method = HttpMethod.valueOf(request.headers().firstHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD));
		}
		return !ROUTED.contains(method);
	}

}
