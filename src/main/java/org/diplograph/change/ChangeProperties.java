package org.diplograph.change;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the change log is followed and repaired.
 *
 * @param pollInterval how often an instance reads the changes other instances made
 * @param repairAfter how old an unfinished change must be before it is taken for the
 * remains of a crash and finished or undone
 * @param lockWait how long a write waits for another write of the same document to finish
 * before answering CONFLICT
 */
@ConfigurationProperties("diplograph.changes")
public record ChangeProperties(@DefaultValue("2s") Duration pollInterval, @DefaultValue("30s") Duration repairAfter,
		@DefaultValue("3s") Duration lockWait) {

	public ChangeProperties {
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(2);
		repairAfter = (repairAfter != null) ? repairAfter : Duration.ofSeconds(30);
		lockWait = (lockWait != null) ? lockWait : Duration.ofSeconds(3);
	}

}
