package org.diplograph.explorer;

import java.time.Duration;

import org.diplograph.browser.BrowserScripts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in headless Chromium against the running application and the real seed:
 * {@code scripts/explorer-check.mjs} opens every view offline, under a strict
 * Content-Security-Policy, checks the names, numbers, chart data and highlighted evidence
 * against the API's answers, and saves screenshots under {@code target/explorer}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExplorerBrowserTests {

	@LocalServerPort
	private int port;

	@Test
	void everyViewRendersOfflineWithWhatTheApiAnswers() throws Exception {
		BrowserScripts.Result result = BrowserScripts.run("scripts/explorer-check.mjs", "http://localhost:" + this.port,
				Duration.ofMinutes(3), "target/explorer");
		System.out.println(result.output());
		assertThat(result.exitCode()).as("explorer-check.mjs failed:%n%s", result.output()).isZero();
		assertThat(result.lines("ok ")).as(result.output())
			.hasSize(9)
			.anyMatch((line) -> line.contains("actor-network") && line.contains("1 visit, 2 articles"))
			.anyMatch((line) -> line.contains("relationship") && line.contains("2025 periods"))
			.anyMatch((line) -> line.contains("deal-evidence") && line.contains("2 sentences highlighted"))
			.anyMatch((line) -> line.contains("engagement-evidence")
					&& line.contains("Bangladesh and Pakistan in Egypt; 1 sentence highlighted"))
			.anyMatch((line) -> line.contains("article") && line.contains("1 by role"));
		assertThat(result.output()).contains("0 requests to other hosts, 0 page problems");
	}

}
