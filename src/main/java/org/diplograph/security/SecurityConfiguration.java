package org.diplograph.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.diplograph.common.DataDirectoryProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stateless bearer-token security: no sessions, cookies or CSRF tokens, since every
 * request that writes carries its token. Reads are open unless
 * {@code diplograph.security.read-requires-token} is set; mutations are authorized on
 * their controller methods ({@link RequiresEdit}, {@link RequiresAdmin}); {@code /admin}
 * needs the admin scope. Response headers are left to the application's own filters.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String ADMIN_PATH = "/admin/";

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	AuthenticationManagerResolver<HttpServletRequest> tokenAuthenticationManagerResolver(AccessProperties access,
			ObjectProvider<JwtDecoder> jwtDecoder, DataDirectoryProperties data) {
		JwtDecoder decoder = jwtDecoder.getIfAvailable();
		LocalToken localToken = null;
		if (access.token() != null) {
			localToken = LocalToken.configured(access.token());
		}
		else if (decoder == null) {
			localToken = LocalToken.fromFile(data.path());
		}
		if (decoder != null) {
			logger.info("Mutations accept JWTs from the configured issuer or key, with scope {} or {}", Scopes.EDIT,
					Scopes.ADMIN);
		}
		AuthenticationManager manager = new TokenAuthenticationManager(localToken, decoder);
		return (request) -> manager;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccessProperties access,
			AuthenticationManagerResolver<HttpServletRequest> tokens, JsonMapper json,
			@Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		AuthenticationErrors errors = new AuthenticationErrors(json);
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.authorizeHttpRequests((requests) -> {
				requests.requestMatchers(ADMIN_PATH + "**").hasAuthority(Scopes.authority(Scopes.ADMIN));
				if (access.readRequiresToken()) {
					requests.requestMatchers(graphQlPath, graphQlPath + "/**", "/export/**").authenticated();
				}
				requests.anyRequest().permitAll();
			})
			.oauth2ResourceServer((resourceServer) -> resourceServer.authenticationManagerResolver(tokens)
				.bearerTokenResolver(new HeaderBearerTokens())
				.authenticationEntryPoint(errors)
				.accessDeniedHandler(errors))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors));
		return http.build();
	}

}
