package org.diplograph.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every response carries, error pages included: no content sniffing, the
 * {@link ContentSecurityPolicy}, no framing, no referrer; and an honest {@code Allow}
 * header. This server serves GET, HEAD and OPTIONS everywhere and POST on the GraphQL
 * path only, so an {@code Allow} header set by the servlet container or the framework
 * (which on a TRACE lists PUT and DELETE) is cut down to what is true.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ResponseHeadersFilter extends OncePerRequestFilter {

	private static final List<String> SERVED = List.of("GET", "HEAD", "POST", "OPTIONS");

	private final ContentSecurityPolicy policy;

	private final String graphQlPath;

	ResponseHeadersFilter(ContentSecurityPolicy policy, GraphQlProperties graphQl) {
		this.policy = policy;
		this.graphQlPath = graphQl.getHttp().getPath();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Content-Security-Policy", this.policy.header());
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri != null) ? errorUri.toString() : request.getRequestURI();
		String given = response.getHeader(HttpHeaders.ALLOW);
		if (given != null) {
			response.setHeader(HttpHeaders.ALLOW, honest(given, path));
		}
		chain.doFilter(request, new HonestAllow(response, path));
	}

	/**
	 * The methods of {@code allow} this server serves on the path, with HEAD and OPTIONS.
	 */
	String honest(String allow, String path) {
		List<String> given = new ArrayList<>();
		for (String method : allow.split(",")) {
			given.add(method.trim().toUpperCase(Locale.ROOT));
		}
		List<String> methods = new ArrayList<>();
		for (String method : SERVED) {
			boolean served = !method.equals("POST") || path.equals(this.graphQlPath);
			boolean listed = given.contains(method) || (method.equals("HEAD") && given.contains("GET"));
			if (served && listed) {
				methods.add(method);
			}
		}
		return String.join(", ", methods);
	}

	/** A response whose Allow header, whoever sets it, is made honest. */
	private final class HonestAllow extends HttpServletResponseWrapper {

		private final String path;

		HonestAllow(HttpServletResponse response, String path) {
			super(response);
			this.path = path;
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, isAllow(name) ? honest(value, this.path) : value);
		}

		@Override
		public void addHeader(String name, String value) {
			if (isAllow(name)) {
				String existing = getHeader(HttpHeaders.ALLOW);
				super.setHeader(name, honest((existing != null) ? existing + "," + value : value, this.path));
				return;
			}
			super.addHeader(name, value);
		}

		private boolean isAllow(String name) {
			return HttpHeaders.ALLOW.equalsIgnoreCase(name);
		}

	}

}
