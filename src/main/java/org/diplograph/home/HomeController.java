package org.diplograph.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves the front door: a static page, with the example queries of
 * {@code home/examples/*.graphql} shown and linked to GraphiQL. Everything is relative to
 * the page and same-origin, so it works offline and behind a context path.
 */
@Controller
class HomeController {

	private static final String HTML_UTF8 = "text/html;charset=UTF-8";

	private final String page;

	private final String stylesheet;

	HomeController() {
		this.page = read(new ClassPathResource("home/index.html")).replace("{{examples}}", examples());
		this.stylesheet = read(new ClassPathResource("home/home.css"));
	}

	@GetMapping(path = "/", produces = HTML_UTF8)
	@ResponseBody
	String home() {
		return this.page;
	}

	@GetMapping(path = "/home.css", produces = "text/css;charset=UTF-8")
	@ResponseBody
	String stylesheet() {
		return this.stylesheet;
	}

	/**
	 * One section per example file: its first comment line is the title, the next comment
	 * lines the explanation, the rest the query.
	 */
	private static String examples() {
		Resource[] files;
		try {
			files = new PathMatchingResourcePatternResolver().getResources("classpath:home/examples/*.graphql");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the example queries", ex);
		}
		StringBuilder html = new StringBuilder();
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		for (Resource file : files) {
			String[] lines = read(file).strip().split("\n");
			String title = lines[0].replaceFirst("^#\\s*", "");
			StringBuilder explanation = new StringBuilder();
			int first = 1;
			while (first < lines.length && lines[first].startsWith("#")) {
				explanation.append(lines[first].replaceFirst("^#\\s*", "")).append(' ');
				first++;
			}
			String query = String.join("\n", Arrays.copyOfRange(lines, first, lines.length)).strip();
			html.append("<section class=\"example\">\n<h3>")
				.append(HtmlUtils.htmlEscape(title))
				.append("</h3>\n<p>")
				.append(HtmlUtils.htmlEscape(explanation.toString().strip()))
				.append(" <a href=\"graphiql?query=")
				.append(HtmlUtils.htmlEscape(URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20")))
				.append("\">Open in GraphiQL</a></p>\n<pre><code>")
				.append(HtmlUtils.htmlEscape(query))
				.append("</code></pre>\n</section>\n");
		}
		return html.toString();
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getDescription(), ex);
		}
	}

}
