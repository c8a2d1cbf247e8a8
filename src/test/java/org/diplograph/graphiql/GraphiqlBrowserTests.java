package org.diplograph.graphiql;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.diplograph.browser.BrowserScripts;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL and the front door in headless Chromium, offline, at 1280 px:
 * {@code scripts/graphiql-check.mjs} checks that the example tabs fit, runs the first
 * example, opens a shared {@code ?query=} link, and saves screenshots under
 * {@code target/graphiql}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphiqlBrowserTests {

	@LocalServerPort
	private int port;

	@Test
	void graphiqlWorksOfflineAndOpensSharedLinks() throws Exception {
		BrowserScripts.Result result = BrowserScripts.run("scripts/graphiql-check.mjs", "http://localhost:" + this.port,
				Duration.ofMinutes(3), "target/graphiql/graphiql.png");
		System.out.println(result.output());
		assertThat(result.exitCode()).as("graphiql-check.mjs failed:%n%s", result.output()).isZero();
		assertThat(result.output()).contains("tabs: Visits, Deal, Article, Actor, Pages, Search, Ties, Timeline, Edit")
			.contains("visits.totalCount 6")
			.contains("shared link: opens its query")
			.contains("OK: GraphiQL at");
	}

}
