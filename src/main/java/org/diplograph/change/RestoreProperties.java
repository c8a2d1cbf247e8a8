package org.diplograph.change;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A backup to start from.
 *
 * @param restoreFrom a backup archive restored into an empty database at startup instead
 * of loading the seed; unset to load the seed as usual
 */
@ConfigurationProperties("diplograph")
public record RestoreProperties(String restoreFrom) {

	public RestoreProperties {
		if (restoreFrom != null && restoreFrom.isBlank()) {
			restoreFrom = null;
		}
	}

	/** Whether a backup is to be restored at startup. */
	public boolean restoring() {
		return this.restoreFrom != null;
	}

	/** The archive to restore; only when {@link #restoring()}. */
	public Path archive() {
		return Path.of(this.restoreFrom);
	}

}
