package org.diplograph.limits;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request shapes of issue 9 and variants of them, at the default limits: each is
 * refused before it runs or stopped while it runs, with one BAD_REQUEST error naming the
 * limit, within the request timeout and a second, without allocating much; the server
 * answers a trivial query right after each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class AbuseTests {

	private static final long MAX_ALLOCATED_MB = 300;

	@LocalServerPort
	int port;

	@Autowired
	LimitsProperties limits;

	@Test
	void theShapesOfIssue9AreRefusedWithOneErrorInTime() throws Exception {
		AbuseRequests requests = new AbuseRequests(this.port);
		for (AbuseShapes.Shape shape : AbuseShapes.issueShapes()) {
			Measured measured = measure(requests, shape);
			assertThat(measured.answer().errorCount()).as("errors of %s", abbreviate(shape)).isEqualTo(1);
			assertThat(measured.answer().firstClassification()).isEqualTo("BAD_REQUEST");
			assertThat(measured.answer().firstMessage()).containsAnyOf("diplograph.limits.", "list argument");
			assertBounded(requests, shape, measured);
		}
	}

	@Test
	void variantsOfTheShapesAreAnsweredOrRefusedInTime() throws Exception {
		AbuseRequests requests = new AbuseRequests(this.port);
		List<AbuseShapes.Shape> shapes = new ArrayList<>();
		for (long seed = 1; seed <= 3; seed++) {
			shapes.addAll(AbuseShapes.variants(seed));
		}
		for (AbuseShapes.Shape shape : shapes) {
			Measured measured = measure(requests, shape);
			if (measured.answer().errorCount() > 0) {
				assertThat(measured.answer().errorCount()).as("errors of %s", abbreviate(shape)).isEqualTo(1);
				assertThat(measured.answer().firstClassification()).isEqualTo("BAD_REQUEST");
			}
			assertBounded(requests, shape, measured);
		}
	}

	private Measured measure(AbuseRequests requests, AbuseShapes.Shape shape) throws Exception {
		long before = allocatedBytes();
		AbuseRequests.Answer answer = requests.send(shape);
		long allocatedMb = (allocatedBytes() - before) >> 20;
		System.out.printf(Locale.ROOT, "abuse: %5d ms  %4d MB allocated  %s  %s%n", answer.millis(), allocatedMb,
				(answer.errorCount() > 0) ? answer.firstMessage() : "answered", abbreviate(shape));
		return new Measured(answer, allocatedMb);
	}

	private void assertBounded(AbuseRequests requests, AbuseShapes.Shape shape, Measured measured) throws Exception {
		// the timeout and a generous margin for a shared, loaded machine: it catches a
		// hang
		Duration bound = this.limits.requestTimeout().plusSeconds(5);
		assertThat(measured.answer().millis()).as("time of %s", abbreviate(shape)).isLessThan(bound.toMillis());
		assertThat(measured.allocatedMb()).as("allocation of %s", abbreviate(shape)).isLessThan(MAX_ALLOCATED_MB);
		assertThat(requests.answersTrivialQuery()).as("a trivial query after %s", abbreviate(shape)).isTrue();
	}

	/**
	 * What every thread of this JVM has allocated so far: the server's threads included.
	 */
	static long allocatedBytes() {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long total = 0;
		for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
			total += Math.max(allocated, 0);
		}
		return total;
	}

	static String abbreviate(AbuseShapes.Shape shape) {
		String document = shape.document();
		return (document.length() > 120) ? document.substring(0, 120) + "…" : document;
	}

	private record Measured(AbuseRequests.Answer answer, long allocatedMb) {
	}

}
