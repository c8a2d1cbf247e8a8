package org.diplograph.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of every response, in one place: the pages (GraphiQL, the
 * explorer, the front page) load scripts, styles, fonts and images from this server only
 * ({@code /webjars/...} included), fetch only from it, and may not be framed. A page with
 * an inline script registers it ({@link #allowInlineScriptsOf}) so that it runs while any
 * other inline script, such as an injected one, does not.
 */
@Component
public class ContentSecurityPolicy {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>(.*?)</script>",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern SCRIPT_TYPE = Pattern.compile("\\btype\\s*=\\s*[\"']?([^\"'\\s>]+)",
			Pattern.CASE_INSENSITIVE);

	private final Set<String> scriptHashes = new LinkedHashSet<>();

	private volatile String header;

	/**
	 * Lets the inline scripts of a page the server itself serves run: each script element
	 * without {@code src} that a browser would execute, by the SHA-256 of its text.
	 */
	public synchronized void allowInlineScriptsOf(String html) {
		Matcher script = INLINE_SCRIPT.matcher(html);
		while (script.find()) {
			Matcher type = SCRIPT_TYPE.matcher(script.group(1));
			String kind = type.find() ? type.group(1).toLowerCase() : "text/javascript";
			if (kind.equals("text/javascript") || kind.equals("module") || kind.equals("application/javascript")) {
				this.scriptHashes.add("'sha256-" + sha256(script.group(2)) + "'");
			}
		}
		this.header = null;
	}

	/** The header value. */
	public String header() {
		String value = this.header;
		if (value == null) {
			value = build();
			this.header = value;
		}
		return value;
	}

	private synchronized String build() {
		Map<String, List<String>> directives = new LinkedHashMap<>();
		directives.put("default-src", List.of("'self'"));
		directives.put("script-src", concat("'self'", this.scriptHashes));
		// GraphiQL and React set style attributes, and the pages carry small style blocks
		directives.put("style-src", List.of("'self'", "'unsafe-inline'"));
		directives.put("img-src", List.of("'self'", "data:", "blob:"));
		directives.put("font-src", List.of("'self'", "data:"));
		directives.put("connect-src", List.of("'self'"));
		directives.put("worker-src", List.of("'self'", "blob:"));
		directives.put("object-src", List.of("'none'"));
		directives.put("base-uri", List.of("'self'"));
		directives.put("form-action", List.of("'self'"));
		directives.put("frame-ancestors", List.of("'none'"));
		StringBuilder header = new StringBuilder();
		directives.forEach((name, sources) -> header.append((header.length() > 0) ? "; " : "")
			.append(name)
			.append(' ')
			.append(String.join(" ", sources)));
		return header.toString();
	}

	private static List<String> concat(String first, Set<String> rest) {
		Set<String> all = new LinkedHashSet<>();
		all.add(first);
		all.addAll(rest);
		return List.copyOf(all);
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
