package org.diplograph.seed;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the seed loader reads from and when it loads.
 *
 * @param sourceDir the source texts ({@code *.txt})
 * @param seedDir the directory of curated facts; when unset, the copy of seed/ on the
 * classpath
 * @param forceReload reload at startup even when the database holds this seed already
 * @param enabled whether to load at startup at all
 * @param watchInterval how often an instance checks whether another instance loaded a new
 * seed into the database it serves
 */
@ConfigurationProperties("diplograph.seed")
public record SeedProperties(String sourceDir, String seedDir, boolean forceReload, Boolean enabled,
		@DefaultValue("30s") Duration watchInterval) {

	private static final Duration DEFAULT_WATCH_INTERVAL = Duration.ofSeconds(30);

	@ConstructorBinding
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
		if (watchInterval == null) {
			watchInterval = DEFAULT_WATCH_INTERVAL;
		}
	}

	public SeedProperties(String sourceDir, String seedDir, boolean forceReload, Boolean enabled) {
		this(sourceDir, seedDir, forceReload, enabled, DEFAULT_WATCH_INTERVAL);
	}

	Path sourcePath() {
		return Path.of(this.sourceDir);
	}

	Path seedPath() {
		return (this.seedDir != null) ? Path.of(this.seedDir) : null;
	}

}
