package org.diplograph.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.diplograph.NodeTools;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs a Node.js browser script of {@code scripts/} against a running application in
 * headless Chromium: installs playwright-core (never a browser) with npm once into
 * {@code target/playwright-core}, finds Debian's Chromium, and runs
 * {@code node <script> <baseUrl> <arguments...>} with {@code PLAYWRIGHT_CORE_DIR} and
 * {@code CHROMIUM} set, as {@code scripts/lib/offline-browser.mjs} expects. A test
 * calling it is skipped, with a message saying what to install, only where no Chromium or
 * Node.js can be had.
 */
public final class BrowserScripts {

	/** The playwright-core release installed; it drives the system's Chromium. */
	public static final String PLAYWRIGHT_CORE_VERSION = "1.56.1";

	private static final Path INSTALL_DIRECTORY = Path.of("target", "playwright-core");

	private BrowserScripts() {
	}

	/**
	 * Runs the script (a path from the project root) with the base URL and arguments and
	 * returns its exit code and output; fails when it runs longer than the timeout.
	 */
	public static Result run(String script, String baseUrl, Duration timeout, String... arguments)
			throws IOException, InterruptedException {
		Path chromium = chromium().orElse(null);
		assumeTrue(chromium != null, "No Chromium found (set CHROMIUM, or apt-get install -y chromium): "
				+ "skipping the browser test " + script);
		assumeTrue(NodeTools.available(),
				"Node.js and npm are not installed (apt-get install -y nodejs npm): skipping the browser test "
						+ script);
		Path installed = installPlaywrightCore();
		List<String> command = new ArrayList<>(List.of("node", script, baseUrl));
		command.addAll(List.of(arguments));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PLAYWRIGHT_CORE_DIR", installed.toAbsolutePath().toString());
		builder.environment().put("CHROMIUM", chromium.toString());
		Path output = Files.createTempFile(INSTALL_DIRECTORY, "run-", ".log");
		Process process = builder.redirectOutput(output.toFile()).start();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new AssertionError(script + " did not finish within " + timeout + ":\n" + Files.readString(output));
		}
		String text = Files.readString(output, StandardCharsets.UTF_8);
		Files.delete(output);
		return new Result(process.exitValue(), text);
	}

	/** Chromium from {@code $CHROMIUM}, else Debian's or another usual install. */
	public static Optional<Path> chromium() {
		String configured = System.getenv("CHROMIUM");
		Stream<String> candidates = (configured != null && !configured.isBlank()) ? Stream.of(configured) : Stream
			.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/bin/google-chrome");
		return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
	}

	private static synchronized Path installPlaywrightCore() throws IOException, InterruptedException {
		NodeTools.install(INSTALL_DIRECTORY, "playwright-core@" + PLAYWRIGHT_CORE_VERSION);
		return INSTALL_DIRECTORY;
	}

	/** What a script ended with: its exit code and everything it printed. */
	public record Result(int exitCode, String output) {

		/** The lines of the output starting with the prefix. */
		public List<String> lines(String prefix) {
			return output().lines().filter((line) -> line.startsWith(prefix)).toList();
		}

	}

}
