package org.diplograph.http;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers the errors the servlet container and Spring MVC route to the error path (a path
 * nothing serves, a method a path does not take) with a JSON GraphQL error instead of
 * Spring Boot's Whitelabel page, whatever the client accepts; the error path asked for
 * directly is a 404 like any other path nothing serves.
 */
@Controller
class JsonErrorController implements ErrorController {

	// Spring Boot's own property and default for the error path, as its
	// BasicErrorController has them
	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		if (status == null || status.value() < 400) {
			status = HttpStatus.NOT_FOUND;
			uri = request.getRequestURI();
		}
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		Object method = request.getAttribute(RequestDispatcher.ERROR_METHOD);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ErrorBodies.of(status,
					ErrorBodies.describe(status, (method != null) ? method.toString() : request.getMethod(), path)));
	}

}
