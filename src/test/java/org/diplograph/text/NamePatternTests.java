package org.diplograph.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One folded name: which words of a text it matches, and whom it names there. */
class NamePatternTests {

	@Test
	void matchesItsWordsAtThatWordOfTheText() {
		NamePattern pattern = new NamePattern("harbour works");
		List<int[]> words = List.of(new int[] { 0, 3 }, new int[] { 4, 11 }, new int[] { 12, 17 });

		assertThat(pattern.length()).isEqualTo(2);
		assertThat(pattern.firstWord()).isEqualTo("harbour");
		assertThat(pattern.matchesAt("the harbour works", words, 1)).isTrue();
		assertThat(pattern.matchesAt("the harbour works", words, 0)).isFalse();
	}

	@Test
	void anAcronymNamesItsActorOnlyInItsExactCase() {
		NamePattern pattern = new NamePattern("hw");
		pattern.add("actor:harbour-works", "HW");
		pattern.add("actor:hw-town", null);

		assertThat(pattern.actorIdsMatching("HW")).containsExactlyInAnyOrder("actor:harbour-works", "actor:hw-town");
		assertThat(pattern.actorIdsMatching("Hw")).containsExactly("actor:hw-town");
	}

	@Test
	void comparesLettersWithoutAccentsOrPunctuation() {
		assertThat(NamePattern.lettersWithoutAccents("Sérvia's A.B.")).isEqualTo("ServiasAB");
	}

}
