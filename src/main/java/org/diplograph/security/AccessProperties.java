package org.diplograph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read and write.
 *
 * @param token the local editor token (admin scope, author {@code local}); when unset and
 * no JWT issuer or key is configured, a random one is made and written to
 * {@code <data dir>/editor-token}
 * @param readRequiresToken whether queries need a valid token too
 */
@ConfigurationProperties("diplograph.security")
public record AccessProperties(String token, boolean readRequiresToken) {

	public AccessProperties {
		if (token != null && token.isBlank()) {
			token = null;
		}
	}

}
