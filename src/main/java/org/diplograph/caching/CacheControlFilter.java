package org.diplograph.caching;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Says how an answer may be cached: a successful GET or HEAD as configured, anything else
 * (a POST, so every mutation, a redirect, an error) never. It runs inside the ETag
 * filter, which buffers the answer, so the status is known before the headers are sent;
 * an answer already marked {@code no-store} (a GraphQL answer with errors) keeps that.
 */
class CacheControlFilter extends OncePerRequestFilter {

	static final String NO_STORE = "no-store";

	private final String cacheControl;

	private final String graphQlPath;

	CacheControlFilter(String cacheControl, String graphQlPath) {
		this.cacheControl = cacheControl;
		this.graphQlPath = graphQlPath;
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		// a GraphQL answer is written on the async dispatch: its headers are set then
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isAsyncDispatch(request) && request.getRequestURI().equals(request.getContextPath() + this.graphQlPath)) {
			// the Accept header chooses the media type of the answer, or a redirect to
			// GraphiQL
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		}
		chain.doFilter(request, response);
		if (isAsyncStarted(request)) {
			return;
		}
		String given = response.getHeader(HttpHeaders.CACHE_CONTROL);
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		boolean ok = response.getStatus() >= 200 && response.getStatus() < 300;
		if (!read || !ok) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
		}
		else if (given == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		}
	}

}
