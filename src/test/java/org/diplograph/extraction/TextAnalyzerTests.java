package org.diplograph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentences and tokens: the splitter's breaks after titles and months re-joined, offsets
 * into the body, possessives split, lemmas and tags from the models.
 */
class TextAnalyzerTests {

	private static List<Sentence> analyze(String body) {
		return SharedEngine.get().extract(new ArticleInput(body, null, null, List.of(), List.of())).sentences();
	}

	private static List<String> texts(String body) {
		return analyze(body).stream().map((s) -> body.substring(s.start(), s.end())).toList();
	}

	@Test
	void titlesAndMonthAbbreviationsDoNotEndSentences() {
		String body = "Lt. Gen. Faizur Rahman arrived in Islamabad on Jan. 5 and called on Gen. Sahir Mirza. He left on Friday.";
		assertThat(texts(body)).containsExactly(
				"Lt. Gen. Faizur Rahman arrived in Islamabad on Jan. 5 and called on Gen. Sahir Mirza.",
				"He left on Friday.");
	}

	@Test
	void aCompanySuffixEndsASentenceWhenANewOneFollows() {
		String body = "Bangladesh ordered the guns from MKE Ltd. The contract was signed in May.";
		assertThat(texts(body)).containsExactly("Bangladesh ordered the guns from MKE Ltd.",
				"The contract was signed in May.");
	}

	@Test
	void sentencesNeverSpanParagraphs() {
		String body = "The talks ended on Monday\n\nOfficials said more would follow.";
		assertThat(texts(body)).containsExactly("The talks ended on Monday", "Officials said more would follow.");
	}

	@Test
	void tokensPointIntoTheBodyWithPossessivesApart() {
		String body = "Türkiye's defence minister arrived in Dhaka.";
		Sentence sentence = analyze(body).get(0);
		for (Token token : sentence.tokens()) {
			assertThat(body.substring(token.start(), token.end())).isEqualTo(token.text());
		}
		assertThat(sentence.tokens()).extracting(Token::text)
			.containsExactly("Türkiye", "'s", "defence", "minister", "arrived", "in", "Dhaka", ".");
		Token arrived = sentence.tokens().get(4);
		assertThat(arrived.lemma()).isEqualTo("arrive");
		assertThat(arrived.pos()).isEqualTo("VERB");
		assertThat(sentence.tokens().get(6).pos()).isEqualTo("PROPN");
	}

}
