package org.diplograph.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.diplograph.security.Editors;

import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a GraphQL request body over the size limit: with a 413 when its declared length
 * is over, and by cutting the stream off when a body of unknown length grows past it.
 */
@Component
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final LimitsProperties limits;

	private final String path;

	RequestBodyLimitFilter(LimitsProperties limits, GraphQlProperties graphQl) {
		this.limits = limits;
		this.path = graphQl.getHttp().getPath();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + this.path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// an editor's token allows an article to import; Spring Security has read it by
		// now
		boolean editing = Editors.isEditing();
		long max = editing ? Math.max(this.limits.maxBodySize(), this.limits.maxWriteBodySize())
				: this.limits.maxBodySize();
		if (request.getContentLengthLong() > max) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream()
				.write(("{\"errors\":[{\"message\":\"The request body is " + request.getContentLengthLong()
						+ " bytes; at most " + max + " are allowed (diplograph.limits."
						+ (editing ? "max-write-body-size"
								: "max-body-size, or max-write-body-size with an editor's token")
						+ ").\"," + "\"extensions\":{\"classification\":\"BAD_REQUEST\"}}]}")
					.getBytes(StandardCharsets.UTF_8));
			return;
		}
		chain.doFilter((request.getContentLengthLong() < 0) ? new LimitedRequest(request, max) : request, response);
	}

	/** A request whose body stream ends in an error once it passes the limit. */
	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long max;

		LimitedRequest(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int next = in.read();
					if (next >= 0 && ++this.read > LimitedRequest.this.max) {
						throw new IOException("request body over " + LimitedRequest.this.max + " bytes");
					}
					return next;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

}
