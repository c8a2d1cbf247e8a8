package org.diplograph.security;

import java.util.Locale;
import java.util.regex.Pattern;

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

	private static final Pattern IN_QUERY = Pattern.compile("(?:^|&)" + PARAMETER + "(?:[=&]|$)");

	private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		if (carriesToken(request)) {
			throw new OAuth2AuthenticationException(BearerTokenErrors.invalidRequest(
					"A token in the URL or form body is refused; send it as the header Authorization: Bearer <token>"));
		}
		return this.header.resolve(request);
	}

	/**
	 * Whether the URL or a form body names the token parameter. The query string is read
	 * as it came, since decoding a malformed one fails here, before the GraphQL endpoint
	 * can say what is wrong with it.
	 */
	private static boolean carriesToken(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && IN_QUERY.matcher(query).find()) {
			return true;
		}
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			return false;
		}
		try {
			return request.getParameter(PARAMETER) != null;
		}
		catch (RuntimeException ex) {
			// a body that cannot be decoded is refused by the endpoint, with its reason
			return false;
		}
	}

}
