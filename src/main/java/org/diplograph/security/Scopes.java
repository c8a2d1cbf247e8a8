package org.diplograph.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The scopes a token may carry: {@code diplograph:edit} creates and updates facts,
 * {@code diplograph:admin} also deletes and merges, and implies edit.
 */
final class Scopes {

	static final String EDIT = "diplograph:edit";

	static final String ADMIN = "diplograph:admin";

	static final String AUTHORITY_PREFIX = "SCOPE_";

	private Scopes() {
	}

	static String authority(String scope) {
		return AUTHORITY_PREFIX + scope;
	}

	/** The authorities with edit added where admin is present. */
	static Set<GrantedAuthority> withImplied(Collection<? extends GrantedAuthority> authorities) {
		Set<GrantedAuthority> all = new LinkedHashSet<>(authorities);
		if (all.stream().anyMatch((authority) -> authority(ADMIN).equals(authority.getAuthority()))) {
			all.add(new SimpleGrantedAuthority(authority(EDIT)));
		}
		return all;
	}

}
