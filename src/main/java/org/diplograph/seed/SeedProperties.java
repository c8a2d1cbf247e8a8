package org.diplograph.seed;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the seed loader reads from and when it loads.
 *
 * @param sourceDir the source texts ({@code *.txt})
 * @param seedDir the directory of curated facts; when unset, the copy of seed/ on the
 * classpath
 * @param forceReload reload at startup even when the database holds this seed already
 * @param enabled whether to load at startup at all
 */
@ConfigurationProperties("diplograph.seed")
public record SeedProperties(String sourceDir, String seedDir, boolean forceReload, Boolean enabled) {

	public SeedProperties {
		if (sourceDir == null || sourceDir.isBlank()) {
			sourceDir = "../shared/seeds";
		}
		if (seedDir != null && seedDir.isBlank()) {
			seedDir = null;
		}
		if (enabled == null) {
			enabled = Boolean.TRUE;
		}
	}

	Path sourcePath() {
		return Path.of(this.sourceDir);
	}

	Path seedPath() {
		return (this.seedDir != null) ? Path.of(this.seedDir) : null;
	}

}
