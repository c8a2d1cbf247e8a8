package org.diplograph.caching;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets browsers keep a WebJar file for a year when its path names the version
 * ({@code /webjars/graphiql/2.4.7/graphiql.min.js}): that file never changes. A path
 * without the version, which WebJars resolve to whatever version is on the classpath, is
 * left to revalidate as usual.
 */
class WebJarCacheFilter extends OncePerRequestFilter {

	static final String IMMUTABLE = "public, max-age=31536000, immutable";

	private static final Pattern VERSIONED = Pattern.compile("/webjars/[^/]+/\\d[^/]*/.+");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (VERSIONED.matcher(path).matches()) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
		}
		chain.doFilter(request, response);
	}

}
