package org.diplograph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Node.js tools from tests: npm packages installed into a directory under
 * {@code target/}, and commands run there. Tests that need them are skipped where Node.js
 * or npm is not installed.
 */
public final class NodeTools {

	private static final boolean WINDOWS = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("win");

	private NodeTools() {
	}

	/** Whether {@code node} and {@code npm} run here. */
	public static boolean available() {
		return runs("node", "--version") && runs(npm(), "--version");
	}

	/**
	 * Installs the packages (with versions, {@code name@1.2.3}) into {@code directory},
	 * unless the same list was installed there before.
	 */
	public static void install(Path directory, String... packages) throws IOException, InterruptedException {
		Path marker = directory.resolve("installed.txt");
		String wanted = String.join("\n", packages);
		if (Files.exists(marker) && Files.readString(marker).equals(wanted)) {
			return;
		}
		Files.createDirectories(directory);
		// its own package.json, so that npm installs here and not in a parent directory
		Files.writeString(directory.resolve("package.json"),
				"{\"name\": \"" + directory.getFileName() + "\", \"private\": true}\n");
		String[] command = new String[packages.length + 4];
		command[0] = npm();
		command[1] = "install";
		command[2] = "--no-audit";
		command[3] = "--no-fund";
		System.arraycopy(packages, 0, command, 4, packages.length);
		run(directory, 5, command);
		Files.writeString(marker, wanted);
	}

	/**
	 * Runs a command in {@code directory}, failing unless it exits with 0 within the
	 * minutes given; returns its standard output.
	 */
	public static String run(Path directory, int minutes, String... command) throws IOException, InterruptedException {
		Path output = directory.resolve("command.out");
		Path errors = directory.resolve("command.err");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectOutput(output.toFile())
			.redirectError(errors.toFile());
		// playwright-core, among others, would download a browser of its own
		builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
		Process process = builder.start();
		if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish in " + minutes + " minutes");
		}
		assertThat(process.exitValue())
			.as("exit code of %s:%n%s%n%s", String.join(" ", command), Files.readString(output),
					Files.readString(errors))
			.isZero();
		return Files.readString(output);
	}

	private static boolean runs(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
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

}
