package org.diplograph.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedTextTests {

	private static final String SAMPLE = "« Görgün—met  Dr. Yunus » in Straße, Kırıkkale.";

	@Test
	void foldsCaseAccentsAndPunctuationToSingleSpaces() {
		assertThat(FoldedText.of(SAMPLE).folded()).isEqualTo("gorgun met dr yunus in strasse kirikkale ");
	}

	@Test
	void foldedRangesMapBackToTheOriginalText() {
		FoldedText text = FoldedText.of(SAMPLE);
		assertThat(original(text, "gorgun")).isEqualTo("Görgün");
		assertThat(original(text, "met")).isEqualTo("met");
		assertThat(original(text, "dr yunus")).isEqualTo("Dr. Yunus");
		assertThat(original(text, "kirikkale")).isEqualTo("Kırıkkale");
		assertThat(original(text, "gorgun met")).isEqualTo("Görgün—met");
	}

	@Test
	void originalStartIsTheOffsetInTheOriginalText() {
		FoldedText text = FoldedText.of(SAMPLE);
		int at = text.folded().indexOf("gorgun");
		assertThat(at).isEqualTo(0);
		assertThat(text.originalStart(at)).isEqualTo(SAMPLE.indexOf("Görgün")).isEqualTo(2);
		int yunus = text.folded().indexOf("yunus");
		assertThat(text.originalStart(yunus)).isEqualTo(SAMPLE.indexOf("Yunus"));
		assertThat(text.originalEnd(yunus + "yunus".length())).isEqualTo(SAMPLE.indexOf("Yunus") + "Yunus".length());
	}

	@Test
	void letterThatFoldsToTwoMapsBothToItself() {
		FoldedText text = FoldedText.of(SAMPLE);
		int strasse = text.folded().indexOf("strasse");
		int sharpS = SAMPLE.indexOf('ß');
		assertThat(text.originalStart(strasse + 4)).isEqualTo(sharpS);
		assertThat(text.originalStart(strasse + 5)).isEqualTo(sharpS);
		assertThat(text.originalEnd(strasse + 5)).isEqualTo(sharpS + 1);
		assertThat(original(text, "strasse")).isEqualTo("Straße");
		// "ss" alone is half of one original letter's fold, and is the whole letter in
		// the original
		assertThat(original(text, "sse")).isEqualTo("ße");
	}

	@Test
	void wholeWordsHaveNoLetterOrDigitOnEitherSide() {
		FoldedText text = FoldedText.of(SAMPLE);
		String folded = text.folded();
		assertThat(isWholeWords(text, "gorgun")).isTrue();
		assertThat(isWholeWords(text, "met")).isTrue();
		assertThat(isWholeWords(text, "dr yunus")).isTrue();
		assertThat(isWholeWords(text, "kirikkale")).isTrue();
		assertThat(isWholeWords(text, "gun")).isFalse();
		assertThat(isWholeWords(text, "yun")).isFalse();
		assertThat(isWholeWords(text, "strass")).isFalse();
		assertThat(text.isWholeWords(0, folded.length())).isTrue();
	}

	@Test
	void wordsNextToDigitsAreNotWhole() {
		FoldedText text = FoldedText.of("TB2s and TB2");
		assertThat(text.folded()).isEqualTo("tb2s and tb2");
		assertThat(text.isWholeWords(0, 3)).isFalse();
		assertThat(text.isWholeWords(9, 12)).isTrue();
	}

	@Test
	void patternIsTheTrimmedFoldOfAPhrase() {
		assertThat(FoldedText.pattern("  Dr. Yunus! ")).isEqualTo("dr yunus");
		assertThat(FoldedText.pattern("Waker-uz-Zaman")).isEqualTo("waker uz zaman");
		assertThat(FoldedText.pattern("Türkiye")).isEqualTo("turkiye");
		assertThat(FoldedText.pattern("—")).isEmpty();
	}

	@Test
	void emptyTextFoldsToNothing() {
		assertThat(FoldedText.of("").folded()).isEmpty();
		assertThat(FoldedText.of(" ...  ").folded()).isEmpty();
	}

	private static String original(FoldedText text, String folded) {
		int at = text.folded().indexOf(folded);
		assertThat(at).as("'%s' in '%s'", folded, text.folded()).isNotNegative();
		return SAMPLE.substring(text.originalStart(at), text.originalEnd(at + folded.length()));
	}

	private static boolean isWholeWords(FoldedText text, String folded) {
		int at = text.folded().indexOf(folded);
		assertThat(at).as("'%s' in '%s'", folded, text.folded()).isNotNegative();
		return text.isWholeWords(at, at + folded.length());
	}

}
