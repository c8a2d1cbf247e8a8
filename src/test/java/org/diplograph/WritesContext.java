package org.diplograph;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;

import org.diplograph.security.TestJwts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application that write tests share: its own context (writes change what the read
 * suite asserts), the embedded database in memory with the real seed, JWTs of the test
 * key accepted besides the local token, and the change feed polled quickly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "diplograph.changes.poll-interval=200ms", "diplograph.test.context=writes" })
@AutoConfigureHttpGraphQlTester
public abstract class WritesContext {

	@Autowired
	protected HttpGraphQlTester tester;

	@LocalServerPort
	protected int port;

	/** A write does more than a read; on a busy machine it may take a while. */
	@BeforeEach
	protected void allowForABusyMachine() {
		// both timeouts: the tester's own, and the blocking read of its WebTestClient
		this.tester = this.tester.mutate()
			.responseTimeout(Duration.ofSeconds(30))
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(30)))
			.build();
	}

	@DynamicPropertySource
	static void jwts(DynamicPropertyRegistry registry) {
		TestJwts.register(registry);
	}

	/** The tester sending this bearer token. */
	protected HttpGraphQlTester as(String token) {
		return this.tester.mutate().header("Authorization", "Bearer " + token).build();
	}

	/** The tester sending the local editor token (admin scope, author local). */
	protected HttpGraphQlTester local() {
		return as(TestJwts.LOCAL_TOKEN);
	}

	/** A copy of an input with one field set (to null, too). */
	protected static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
		Map<String, Object> copy = new HashMap<>(input);
		copy.put(field, value);
		return copy;
	}

	/** A copy of an input without one field. */
	protected static Map<String, Object> without(Map<String, Object> input, String field) {
		Map<String, Object> copy = new HashMap<>(input);
		copy.remove(field);
		return copy;
	}

}
