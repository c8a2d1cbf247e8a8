package org.diplograph.explorer;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every explorer URL, however deep, is answered with the page, its assets under the
 * context path.
 */
class ExplorerControllerTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ExplorerController()).build();

	@Test
	void deepUrlsAreAnsweredWithThePage() throws Exception {
		for (String path : new String[] { "/explore", "/explore/", "/explore/actor/actor:haluk-gorgun",
				"/explore/relationship", "/explore/visit/visit:2025-07-haluk-gorgun-dhaka", "/explore/no/such/view" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
				.andExpect(header().string("Cache-Control", "no-cache"))
				.andExpect(content().string(containsString("<script type=\"module\" src=\"/assets/explore/app.js\">")))
				.andExpect(content().string(containsString("href=\"/assets/explore/explore.css\"")));
		}
	}

	@Test
	void thePageLoadsNothingFromElsewhereAndRunsNoInlineScript() throws Exception {
		this.mvc.perform(get("/explore/deal/deal:boran-howitzers"))
			.andExpect(content().string(not(containsString("http://"))))
			.andExpect(content().string(not(containsString("https://"))))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(not(containsString(" onclick="))))
			.andExpect(content().string(not(containsString("style="))));
	}

	@Test
	void assetPathsFollowTheContextPath() throws Exception {
		this.mvc.perform(get("/app/explore/actor/actor:country-bd").contextPath("/app"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"/app/assets/explore/app.js\"")))
			.andExpect(content().string(containsString("href=\"/app/webjars/echarts/dist/echarts.esm.min.js\"")));
	}

}
