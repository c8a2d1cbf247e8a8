package org.diplograph.security;

import java.util.Set;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * Authenticates a bearer token: the local editor token first (compared in constant time),
 * else a JWT when an issuer or key is configured. A JWT's scopes come from its
 * {@code scope} or {@code scp} claim, admin implying edit; its author is
 * {@code preferred_username}, else {@code sub}.
 */
final class TokenAuthenticationManager implements AuthenticationManager {

	static final String LOCAL_AUTHOR = "local";

	private static final Set<GrantedAuthority> LOCAL_AUTHORITIES = Set.of(
			new SimpleGrantedAuthority(Scopes.authority(Scopes.EDIT)),
			new SimpleGrantedAuthority(Scopes.authority(Scopes.ADMIN)));

	private final LocalToken localToken;

	private final AuthenticationProvider jwtProvider;

	TokenAuthenticationManager(LocalToken localToken, JwtDecoder jwtDecoder) {
		this.localToken = localToken;
		this.jwtProvider = (jwtDecoder != null) ? jwtProvider(jwtDecoder) : null;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String token = ((BearerTokenAuthenticationToken) authentication).getToken();
		if (this.localToken != null && this.localToken.matches(token)) {
			return UsernamePasswordAuthenticationToken.authenticated(LOCAL_AUTHOR, null, LOCAL_AUTHORITIES);
		}
		if (this.jwtProvider != null) {
			return this.jwtProvider.authenticate(authentication);
		}
		throw new InvalidBearerTokenException("The token is not this server's editor token");
	}

	private static AuthenticationProvider jwtProvider(JwtDecoder decoder) {
		JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(
				(jwt) -> new JwtAuthenticationToken(jwt, Scopes.withImplied(scopes.convert(jwt)), authorOf(jwt)));
		return provider;
	}

	private static String authorOf(Jwt jwt) {
		String name = jwt.getClaimAsString("preferred_username");
		return (name != null && !name.isBlank()) ? name : jwt.getSubject();
	}

}
