package org.diplograph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * JWTs for tests, signed by a key made in the test: its public key is written to a PEM
 * file that {@code public-key-location} points at, so no issuer is ever called. Also the
 * tokens an attacker would try: another key, expired, unsigned.
 */
public final class TestJwts {

	/** The local editor token the tests configure. */
	public static final String LOCAL_TOKEN = "test-editor-token-0123456789";

	private static final KeyPair KEY = rsa();

	private static final KeyPair OTHER_KEY = rsa();

	private static final Path PUBLIC_KEY = writePublicKey();

	private TestJwts() {
	}

	/** Points the resource server at the test key. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
				() -> PUBLIC_KEY.toUri().toString());
	}

	public static String withScope(String user, String scope) {
		return sign(KEY, claims(user, scope, Instant.now().plusSeconds(600)));
	}

	public static String editor(String user) {
		return withScope(user, "openid diplograph:edit");
	}

	public static String admin(String user) {
		return withScope(user, "diplograph:admin");
	}

	public static String expired(String user) {
		return sign(KEY, claims(user, "diplograph:admin", Instant.now().minusSeconds(600)));
	}

	public static String signedByAnotherKey(String user) {
		return sign(OTHER_KEY, claims(user, "diplograph:admin", Instant.now().plusSeconds(600)));
	}

	public static String unsigned(String user) {
		return new PlainJWT(claims(user, "diplograph:admin", Instant.now().plusSeconds(600))).serialize();
	}

	/** A token with only a subject: the author is the subject. */
	public static String subjectOnly(String subject, String scope) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
			.claim("scope", scope)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(600)))
			.build();
		return sign(KEY, claims);
	}

	private static JWTClaimsSet claims(String user, String scope, Instant expires) {
		return new JWTClaimsSet.Builder().subject("id-" + user)
			.claim("preferred_username", user)
			.claim("scope", scope)
			.issueTime(Date.from(expires.minusSeconds(1200)))
			.expirationTime(Date.from(expires))
			.build();
	}

	private static String sign(KeyPair key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path writePublicKey() {
		try {
			Path file = Files.createTempFile("diplograph-test-jwt", ".pem");
			file.toFile().deleteOnExit();
			String pem = "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(KEY.getPublic().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
			Files.writeString(file, pem, StandardCharsets.US_ASCII);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
