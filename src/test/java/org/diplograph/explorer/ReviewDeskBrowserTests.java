package org.diplograph.explorer;

import java.time.Duration;

import org.diplograph.browser.BrowserScripts;
import org.diplograph.security.TestJwts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer's review desk in headless Chromium, offline, with the server's editor
 * token: {@code scripts/review-check.mjs} imports an article written for it, checks its
 * candidates' evidence highlighted at the API's offsets, accepts a visit with an edit and
 * finds it on its page and in search, rejects an actor, meets a conflict, and saves
 * screenshots under {@code target/review}. Its own application context, since it writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "diplograph.test.context=review-desk")
class ReviewDeskBrowserTests {

	@LocalServerPort
	private int port;

	@Test
	void analystImportsReviewsAndMeetsAConflictOffline() throws Exception {
		BrowserScripts.Result result = BrowserScripts.run("scripts/review-check.mjs", "http://localhost:" + this.port,
				Duration.ofMinutes(3), TestJwts.LOCAL_TOKEN, "target/review");
		System.out.println(result.output());
		assertThat(result.exitCode()).as("review-check.mjs failed:%n%s", result.output()).isZero();
		assertThat(result.lines("ok ")).as(result.output())
			.hasSize(6)
			.anyMatch((line) -> line.contains("no-token") && line.contains("refused"))
			.anyMatch((line) -> line.contains("import-and-highlight") && line.contains("4 candidates")
					&& line.contains("EngagementCandidate"))
			.anyMatch((line) -> line.contains("accept-and-reject")
					&& line.contains("accepted visit:2026-03-hakan-fidan-dhaka ")
					&& line.contains("found on its page and in search"))
			.anyMatch((line) -> line.contains("conflict") && line.contains("Rejected by local"));
		assertThat(result.output()).contains("0 requests to other hosts, 0 page problems");
	}

}
