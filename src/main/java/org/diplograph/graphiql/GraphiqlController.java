package org.diplograph.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Serves the GraphiQL page. Its scripts and styles are loaded from {@code /webjars/...}
 * by paths relative to the page; the WebJar versions are read from the jars themselves,
 * so the pom is the only place they are set.
 */
@Controller
class GraphiqlController {

	private static final String TEMPLATE = "graphiql/index.html";

	private static final List<String> WEBJARS = List.of("graphiql", "react", "react-dom");

	private static final String HTML_UTF8 = "text/html;charset=UTF-8";

	private final String page;

	private final String pageBelowSlash;

	GraphiqlController() {
		String html = read(TEMPLATE);
		for (String webjar : WEBJARS) {
			html = html.replace("{{" + webjar + ".version}}", webjarVersion(webjar));
		}
		this.page = html.replace("{{root}}", "");
		this.pageBelowSlash = html.replace("{{root}}", "../");
	}

	@GetMapping(path = "/graphiql", produces = HTML_UTF8)
	@ResponseBody
	String graphiql() {
		return this.page;
	}

	@GetMapping(path = "/graphiql/", produces = HTML_UTF8)
	@ResponseBody
	String graphiqlWithSlash() {
		return this.pageBelowSlash;
	}

	private static String read(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}

	private static String webjarVersion(String webjar) {
		String path = "META-INF/maven/org.webjars.npm/" + webjar + "/pom.properties";
		try {
			String version = PropertiesLoaderUtils.loadProperties(new ClassPathResource(path)).getProperty("version");
			if (version == null || version.isBlank()) {
				throw new IllegalStateException("No version in " + path);
			}
			return version;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("WebJar " + webjar + " is not on the classpath (" + path + ")", ex);
		}
	}

}
