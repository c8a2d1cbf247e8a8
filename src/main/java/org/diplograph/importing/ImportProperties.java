package org.diplograph.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one imported article may be.
 *
 * @param maxLength the most characters of text one import takes; more is a BAD_REQUEST
 * naming this limit
 */
@ConfigurationProperties("diplograph.import")
public record ImportProperties(@DefaultValue("200000") int maxLength) {

	public ImportProperties {
		if (maxLength <= 0) {
			throw new IllegalArgumentException(
					"diplograph.import.max-length must be positive; it is " + maxLength + ".");
		}
	}

}
