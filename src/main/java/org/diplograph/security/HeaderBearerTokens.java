package org.diplograph.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Takes the bearer token from the Authorization header only, and refuses a request that
 * carries one in its URL or form body, where logs, histories and caches would keep it.
 */
final class HeaderBearerTokens implements BearerTokenResolver {

	static final String PARAMETER = "access_token";

	private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		if (request.getParameter(PARAMETER) != null) {
			throw new OAuth2AuthenticationException(BearerTokenErrors.invalidRequest(
					"A token in the URL or form body is refused; send it as the header Authorization: Bearer <token>"));
		}
		return this.header.resolve(request);
	}

}
