package org.diplograph.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Name likeness by folding, edit distance and shared words.
 */
class NameSimilarityTests {

	@Test
	void foldedSpellingsAreTheSameName() {
		assertThat(NameSimilarity.score("Haluk Gorgun", "Haluk Görgün")).isEqualTo(1.0);
		assertThat(NameSimilarity.score("Waker uz Zaman", "Waker-uz-Zaman")).isEqualTo(1.0);
	}

	@Test
	void oneLetterOffIsCloseAndAStrangerIsNot() {
		assertThat(NameSimilarity.score("Nazmul Hasan", "Nazmul Hassan")).isCloseTo(0.917, within(0.01));
		assertThat(NameSimilarity.score("Naveed Ashraf", "Hakan Fidan")).isLessThan(0.5);
		assertThat(NameSimilarity.distance("kitten", "sitting")).isEqualTo(3);
	}

	@Test
	void systemKeysKeepTheWordsThatTellSystemsApart() {
		assertThat(NameSimilarity.systemKey("MKE Boran 105mm howitzer")).isEqualTo("mke boran 105mm");
		assertThat(NameSimilarity.systemKey("Otokar Tulpar light tanks")).isEqualTo("otokar tulpar");
		assertThat(NameSimilarity.systemKey("Fighter jets")).isEmpty();
	}

}
