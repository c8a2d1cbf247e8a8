package org.diplograph.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one imported article may be.
 *
 * @param maxLength the most characters of text one import takes
 */
@ConfigurationProperties("diplograph.import")
public record ImportProperties(Integer maxLength) {

	public ImportProperties {
		maxLength = (maxLength != null) ? maxLength : 200_000;
	}

}
