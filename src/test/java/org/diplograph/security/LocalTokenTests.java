package org.diplograph.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LocalTokenTests {

	@TempDir
	Path dataDir;

	@Test
	void madeOnceReadableByItsOwnerOnlyAndReusedOnRestart() throws Exception {
		LocalToken first = LocalToken.fromFile(this.dataDir.resolve("nested"));
		Path file = this.dataDir.resolve("nested").resolve("editor-token");
		String token = Files.readString(file).strip();
		assertThat(token).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(first.matches(token)).isTrue();
		assertThat(first.matches(token + "x")).isFalse();
		assertThat(first.matches(token.substring(1))).isFalse();
		assertThat(first.matches(null)).isFalse();
		LocalToken restarted = LocalToken.fromFile(this.dataDir.resolve("nested"));
		assertThat(restarted.matches(token)).isTrue();
		assertThat(Files.readString(file).strip()).isEqualTo(token);
		try (var entries = Files.list(file.getParent())) {
			assertThat(entries).containsExactly(file);
		}
	}

	@Test
	void aFileOthersCanReadIsRestricted() throws Exception {
		Path file = this.dataDir.resolve("editor-token");
		Files.writeString(file, "a-token-someone-wrote-by-hand\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(LocalToken.fromFile(this.dataDir).matches("a-token-someone-wrote-by-hand")).isTrue();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void aFileWithoutAUsableTokenIsReplaced() throws Exception {
		Path file = this.dataDir.resolve("editor-token");
		Files.writeString(file, "short\n");
		LocalToken token = LocalToken.fromFile(this.dataDir);
		String written = Files.readString(file).strip();
		assertThat(written).isNotEqualTo("short");
		assertThat(token.matches(written)).isTrue();
		assertThat(token.matches("short")).isFalse();
	}

	@Test
	void aConfiguredTokenMustBeLongEnough() {
		assertThatIllegalStateException().isThrownBy(() -> LocalToken.configured("secret"))
			.withMessageContaining("diplograph.security.token");
		assertThat(LocalToken.configured("  a-long-enough-token  ").matches("a-long-enough-token")).isTrue();
	}

}
