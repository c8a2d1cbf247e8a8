package org.diplograph.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

	private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("win");

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
		assumeTrue(runs("node", "--version") && runs(npm(), "--version"),
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
		Path manifest = INSTALL_DIRECTORY.resolve("node_modules/playwright-core/package.json");
		if (Files.exists(manifest)
				&& Files.readString(manifest).contains("\"version\": \"" + PLAYWRIGHT_CORE_VERSION + "\"")) {
			return INSTALL_DIRECTORY;
		}
		Files.createDirectories(INSTALL_DIRECTORY);
		// its own package.json, so that npm installs here and not in a parent directory
		Files.writeString(INSTALL_DIRECTORY.resolve("package.json"),
				"{\"name\": \"diplograph-browser-tests\", \"private\": true}\n");
		ProcessBuilder builder = new ProcessBuilder(npm(), "install", "--no-audit", "--no-fund",
				"playwright-core@" + PLAYWRIGHT_CORE_VERSION)
			.directory(INSTALL_DIRECTORY.toFile())
			.redirectErrorStream(true);
		builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new AssertionError("npm could not install playwright-core " + PLAYWRIGHT_CORE_VERSION + " into "
					+ INSTALL_DIRECTORY + ":\n" + output);
		}
		return INSTALL_DIRECTORY;
	}

	private static boolean runs(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String npm() {
		return WINDOWS ? "npm.cmd" : "npm";
	}

	/** What a script ended with: its exit code and everything it printed. */
	public record Result(int exitCode, String output) {

		/** The lines of the output starting with the prefix. */
		public List<String> lines(String prefix) {
			return output().lines().filter((line) -> line.startsWith(prefix)).toList();
		}

	}

}
