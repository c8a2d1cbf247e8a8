package org.diplograph.explorer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Answers {@code /explore} and every path below it with the explorer page, so that a
 * view's URL can be bookmarked and loaded directly; the page's modules route on the path
 * in the browser. The modules and styles are static files under {@code /assets/explore/}.
 */
@Controller
class ExplorerController {

	private static final String TEMPLATE = "explorer/index.html";

	private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final String template = read(TEMPLATE);

	@GetMapping({ "/explore", "/explore/", "/explore/**" })
	ResponseEntity<String> page(HttpServletRequest request) {
		// absolute paths from the context root, since the page answers at any depth
		String root = request.getContextPath() + "/";
		return ResponseEntity.ok()
			.contentType(HTML_UTF8)
			.cacheControl(CacheControl.noCache())
			.body(this.template.replace("{{root}}", root));
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

}
