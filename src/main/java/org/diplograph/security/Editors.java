package org.diplograph.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the request being served carries a valid token with the edit scope (admin
 * implies it): what a limit needs to know to allow a writer more than a reader.
 */
public final class Editors {

	private Editors() {
	}

	public static boolean isEditing() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> Scopes.authority(Scopes.EDIT).equals(authority.getAuthority()));
	}

}
