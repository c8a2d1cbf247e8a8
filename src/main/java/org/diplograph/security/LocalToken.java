package org.diplograph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local editor token for one-machine use: the configured one, or a random 256-bit
 * token kept in a file only its owner may read, made once and reused on every restart.
 * Only its SHA-256 is held in memory, and a presented token is compared in constant time.
 */
final class LocalToken {

	static final String FILE_NAME = "editor-token";

	private static final Logger logger = LoggerFactory.getLogger(LocalToken.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private static final int MIN_LENGTH = 16;

	private final byte[] digest;

	private LocalToken(String token) {
		this.digest = sha256(token);
	}

	/** The configured token; it must be long enough not to be guessed. */
	static LocalToken configured(String token) {
		if (token.strip().length() < MIN_LENGTH) {
			throw new IllegalStateException(
					"diplograph.security.token is shorter than " + MIN_LENGTH + " characters; use a long random one.");
		}
		logger.info("Mutations accept the configured local token (diplograph.security.token)");
		return new LocalToken(token.strip());
	}

	/** The token of the file in the data directory, made first when there is none. */
	static LocalToken fromFile(Path dataDir) {
		Path file = dataDir.resolve(FILE_NAME).toAbsolutePath().normalize();
		try {
			Files.createDirectories(file.getParent());
			String token = read(file);
			if (token == null) {
				token = create(file);
				logger.info("Made a local editor token for mutations and wrote it to {} (readable by its owner only); "
						+ "send it as the header Authorization: Bearer <token>", file);
			}
			else {
				logger.info("Mutations accept the local editor token in {}", file);
			}
			return new LocalToken(token);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the editor token file " + file, ex);
		}
	}

	/**
	 * Whether the presented token is this one, in time independent of where they differ.
	 */
	boolean matches(String presented) {
		return presented != null && MessageDigest.isEqual(this.digest, sha256(presented));
	}

	private static String read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		restrict(file);
		String token = Files.readString(file, StandardCharsets.UTF_8).strip();
		if (token.length() < MIN_LENGTH) {
			logger.warn("The editor token file {} holds no usable token; making a new one", file);
			Files.delete(file);
			return null;
		}
		return token;
	}

	private static String create(Path file) throws IOException {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp", ownerOnly());
		try {
			Files.writeString(temporary, token + "\n", StandardCharsets.UTF_8);
			restrict(temporary);
			try {
				// never over a token another instance wrote a moment ago
				Files.createLink(file, temporary);
			}
			catch (UnsupportedOperationException ex) {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
				return token;
			}
		}
		catch (FileAlreadyExistsException ex) {
			String written = read(file);
			if (written != null) {
				return written;
			}
			throw ex;
		}
		finally {
			Files.deleteIfExists(temporary);
		}
		return token;
	}

	private static FileAttribute<?>[] ownerOnly() {
		return isPosix() ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY) }
				: new FileAttribute<?>[0];
	}

	/** Makes the file readable by its owner only, saying so when it was not. */
	private static void restrict(Path file) throws IOException {
		if (!isPosix()) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		if (!permissions.equals(OWNER_ONLY)) {
			if (!permissions.stream().allMatch(OWNER_ONLY::contains)) {
				logger.warn("The editor token file {} was readable by others ({}); now by its owner only", file,
						PosixFilePermissions.toString(permissions));
			}
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
	}

	private static boolean isPosix() {
		return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	private static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
