package org.diplograph.limits;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits that act while a request runs, on their own: with the cost check out of the
 * way, the shapes of issue 9 run until their deadline or the size of their answer stops
 * them, and each ends at once with one error naming the limit, and no data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "diplograph.limits.max-complexity=1000000000", "diplograph.limits.max-result-nodes=5000",
				"diplograph.limits.max-result-characters=20000", "diplograph.limits.request-timeout=3s" })
class BudgetTests {

	/**
	 * The timeout and a generous margin for a shared, loaded machine: it catches a hang.
	 */
	private static final long BOUND_MILLIS = 8_000;

	@LocalServerPort
	int port;

	@Test
	void tooManyValuesStopTheRequest() throws Exception {
		expectStopped(AbuseShapes.networkOfNetworks("actor:country-bd"), "diplograph.limits.max-result-nodes");
	}

	@Test
	void tooMuchTextStopsTheRequest() throws Exception {
		expectStopped(AbuseShapes.networkOfMentionsWithBodies(4, 2), "diplograph.limits.max-result-characters");
	}

	@Test
	void theDeadlineStopsASearchInTheMiddle() throws Exception {
		expectStopped(AbuseShapes.fuzzySearches(30, 20, 23, 9), "diplograph.limits.request-timeout");
	}

	@Test
	void ordinaryRequestsAreUntouched() throws Exception {
		AbuseRequests.Answer answer = new AbuseRequests(this.port).send(new AbuseShapes.Shape(
				"{ articles { totalCount edges { node { title mentions { actor { name } } } } } }", Map.of()));
		assertThat(answer.errorCount()).isZero();
		assertThat(answer.body().path("data").path("articles").path("totalCount").asInt()).isEqualTo(5);
	}

	private void expectStopped(AbuseShapes.Shape shape, String property) throws Exception {
		AbuseRequests requests = new AbuseRequests(this.port);
		AbuseRequests.Answer answer = requests.send(shape);
		assertThat(answer.errorCount()).as("errors of %s", AbuseTests.abbreviate(shape)).isEqualTo(1);
		assertThat(answer.firstMessage()).contains(property);
		assertThat(answer.firstClassification()).isEqualTo("BAD_REQUEST");
		assertThat(answer.body().path("data").isNull()).as("data of a stopped request").isTrue();
		assertThat(answer.millis()).as("time of %s", AbuseTests.abbreviate(shape)).isLessThan(BOUND_MILLIS);
		assertThat(requests.answersTrivialQuery()).isTrue();
	}

}
