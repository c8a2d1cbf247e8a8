package org.diplograph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a break of the sentence detector is re-joined: after a month only before a number,
 * and before a word in lower case.
 */
class SentenceSplitterTests {

	@Test
	void continuationDependsOnTheAbbreviationAndWhatFollows() {
		String body = "on Jan. 5 x. In Jan. The y. word Ltd. next";
		assertThat(SentenceSplitter.continues(body, new int[] { 0, 7 }, 8)).as("month before a day").isTrue();
		assertThat(SentenceSplitter.continues(body, new int[] { 11, 18 }, 19)).as("month before a sentence").isFalse();
		assertThat(SentenceSplitter.continues(body, new int[] { 25, 34 }, 35)).as("before lower case").isTrue();
	}

}
