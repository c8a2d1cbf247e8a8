package org.diplograph.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The answers to a request refused before it runs: a missing, invalid or misplaced token
 * (401, or 400 for a token in the URL) and a token without the scope a path needs (403),
 * each with its {@code WWW-Authenticate} header and a GraphQL-shaped JSON body whose
 * error says what is needed.
 */
final class AuthenticationErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();

	private final JsonMapper json;

	AuthenticationErrors(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		this.bearer.commence(request, response, ex);
		if (ex instanceof OAuth2AuthenticationException oauth
				&& BearerTokenErrorCodes.INVALID_REQUEST.equals(oauth.getError().getErrorCode())) {
			write(response, "BAD_REQUEST", oauth.getError().getDescription() + ".");
		}
		else if (ex instanceof OAuth2AuthenticationException) {
			write(response, "UNAUTHORIZED", "The bearer token was refused: it is expired, malformed or not signed "
					+ "by a trusted key. Send a valid token as the header Authorization: Bearer <token>.");
		}
		else {
			write(response, "UNAUTHORIZED",
					"This needs a token" + withScope(request) + ": send the header Authorization: Bearer <token>.");
		}
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.denied.handle(request, response, ex);
		response.setStatus(HttpStatus.FORBIDDEN.value());
		write(response, "FORBIDDEN", "This needs a token" + withScope(request)
				+ ", and yours does not carry it; ask an administrator for one.");
	}

	/**
	 * The scope a path needs, as words: admin under /admin, none (any valid token)
	 * elsewhere.
	 */
	private static String withScope(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + SecurityConfiguration.ADMIN_PATH)
				? " with scope " + Scopes.ADMIN : "";
	}

	private void write(HttpServletResponse response, String classification, String message) throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		Map<String, Object> error = Map.of("message", message, "extensions", Map.of("classification", classification));
		response.getOutputStream().write(this.json.writeValueAsBytes(Map.of("errors", List.of(error))));
	}

}
