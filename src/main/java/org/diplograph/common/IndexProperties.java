package org.diplograph.common;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the derived indexes (search, link graph) keep their copies on disk, so a restart
 * opens them instead of rebuilding.
 *
 * @param dir their directory; by default {@code indexes} in the embedded database's data
 * directory
 * @param onDisk whether to keep copies; by default unless the embedded database is kept
 * in memory
 * @param saveInterval how often what changed is saved (the copies are also saved at
 * shutdown; a copy saved earlier only means a longer catch-up at the next start)
 */
@ConfigurationProperties("diplograph.indexes")
public record IndexProperties(Path dir, Boolean onDisk, Duration saveInterval) {

	public IndexProperties {
		saveInterval = (saveInterval != null) ? saveInterval : Duration.ofSeconds(30);
	}

}
