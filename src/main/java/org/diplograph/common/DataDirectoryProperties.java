package org.diplograph.common;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the application keeps its files: the embedded database's data, and beside it the
 * local editor token and, by default, the derived indexes' copies.
 *
 * @param dataDir the directory; {@code data} when not given
 * @param inMemory keep the embedded database in memory only (and, by default, no copies
 * of the derived indexes on disk)
 */
@ConfigurationProperties("diplograph.embedded")
public record DataDirectoryProperties(String dataDir, boolean inMemory) {

	public DataDirectoryProperties {
		if (dataDir == null || dataDir.isBlank()) {
			dataDir = "data";
		}
	}

	/** The directory as a path. */
	public Path path() {
		return Path.of(this.dataDir);
	}

}
