package org.diplograph.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.diplograph.common.DatePrecision;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleTextTests {

	private static final Path SOURCES = Path.of("../shared/seeds");

	// The real source texts

	@Test
	void headlineOnTheFirstLineIsTheTitle() throws IOException {
		String raw = read("000_0f2883a8e8540535.txt");
		ArticleText text = ArticleText.clean(raw);
		String firstLine = raw.lines().findFirst().orElseThrow().strip();
		assertThat(text.title()).isEqualTo(firstLine).startsWith("New strategic heat");
		assertThat(text.author()).isNull();
		assertThat(text.publishedOn()).isNull();
		assertThat(text.body()).doesNotContain(firstLine).startsWith("After years of");
	}

	@Test
	void bylineGivesAuthorAndDateAndBoilerplateIsDropped() throws IOException {
		ArticleText text = ArticleText.clean(read("004_0175bc3a33f42058.txt"));
		assertThat(text.title()).isEqualTo("Growing Pakistan-Bangladesh Relations, Challenges and Prospects");
		assertThat(text.author()).isEqualTo("Samyar Rostami");
		assertThat(text.publishedOn().iso()).isEqualTo("2025-10-23");
		assertThat(text.publishedOn().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(text.body()).startsWith("In 1974,")
			.doesNotContain("EN|FR|RU", "Follow us on", "Telegram channel", "More on this topic")
			.doesNotContain("Hungarian Model", "Final Warning")
			.doesNotContain("October 23, 2025")
			.doesNotContain("\n\n\n")
			.endsWith("senior researcher in international relations");
	}

	@Test
	void pullQuoteRepeatedFromALongerParagraphIsDroppedOnce() throws IOException {
		String raw = read("004_0175bc3a33f42058.txt");
		ArticleText text = ArticleText.clean(raw);
		// the text has the pull quote and the paragraph that repeats it
		assertThat(occurrences(raw, "anti-India regional bloc")).isEqualTo(2);
		assertThat(occurrences(text.body(), "anti-India regional bloc")).isEqualTo(1);
		assertThat(occurrences(text.body(), "win-win situation")).isEqualTo(1);
	}

	@Test
	void dateLineIsReadAndRemoved() throws IOException {
		ArticleText text = ArticleText.clean(read("001_141978add01e0fce.txt"));
		assertThat(text.publishedOn().iso()).isEqualTo("2025-06-03");
		assertThat(text.publishedOn().precision()).isEqualTo(DatePrecision.DAY);
		assertThat(text.body()).startsWith("Bangladesh and Turkey")
			.doesNotStartWith("date")
			.doesNotContain("2025-06-03");
		// the first line is a sentence, not a headline
		assertThat(text.title()).isNull();
	}

	@Test
	void textsStartingWithASentenceHaveNoTitle() throws IOException {
		for (String file : new String[] { "002_e51cdd4034850a5f.txt", "003_002019fea3fe7ae5.txt" }) {
			ArticleText text = ArticleText.clean(read(file));
			assertThat(text.title()).as(file).isNull();
			assertThat(text.author()).as(file).isNull();
			assertThat(text.publishedOn()).as(file).isNull();
			assertThat(text.body()).as(file).startsWith("Bangladesh");
		}
	}

	@Test
	void bodyParagraphsAreSeparatedByOneBlankLine() throws IOException {
		for (String file : new String[] { "000_0f2883a8e8540535.txt", "001_141978add01e0fce.txt",
				"002_e51cdd4034850a5f.txt", "003_002019fea3fe7ae5.txt", "004_0175bc3a33f42058.txt" }) {
			String body = ArticleText.clean(read(file)).body();
			assertThat(body).as(file)
				.doesNotContain("\n\n\n")
				.doesNotContain("\r")
				.doesNotStartWith("\n")
				.doesNotEndWith("\n");
			for (String paragraph : body.split("\n\n")) {
				assertThat(paragraph).as(file).isNotBlank().isEqualTo(paragraph.strip()).doesNotContain("\n");
			}
		}
	}

	// Each rule on small inputs

	@Test
	void languagePickerLinesAreDropped() {
		ArticleText text = ArticleText.clean("EN|FR|RU\nDE | ES\nThe harbour was quiet that morning.\n");
		assertThat(text.body()).isEqualTo("The harbour was quiet that morning.");
	}

	@Test
	void shortFollowLinesAreDroppedLongOnesKept() {
		String longLine = "Follow the money, the minister said, because the budget tells us more than any speech "
				+ "made in parliament.";
		ArticleText text = ArticleText.clean("Follow us on:\nA ship docked.\nFollow our page for updates\n" + longLine);
		assertThat(text.body()).isEqualTo("A ship docked.\n\n" + longLine);
	}

	@Test
	void everythingFromARelatedListOnIsDropped() {
		ArticleText text = ArticleText.clean("A ship docked.\n\nMore on this topic\nSome other story\nAnother one");
		assertThat(text.body()).isEqualTo("A ship docked.");
		assertThat(ArticleText.clean("A ship docked.\nRelated articles:\nX").body()).isEqualTo("A ship docked.");
		assertThat(ArticleText.clean("A ship docked.\nREAD MORE\nX").body()).isEqualTo("A ship docked.");
		assertThat(ArticleText.clean("A ship docked.\nYou may also like\nX").body()).isEqualTo("A ship docked.");
	}

	@Test
	void relatedListWordsInsideASentenceAreKept() {
		ArticleText text = ArticleText.clean("A ship docked.\nRead more about it in the annual report.");
		assertThat(text.body()).isEqualTo("A ship docked.\n\nRead more about it in the annual report.");
	}

	@Test
	void dateLinePrefixIsReadAndTheRestKept() {
		ArticleText text = ArticleText
			.clean("date 2024-11-05 Two navies held a joint drill near the coast.\nIt lasted a week.");
		assertThat(text.publishedOn().iso()).isEqualTo("2024-11-05");
		assertThat(text.body()).isEqualTo("Two navies held a joint drill near the coast.\n\nIt lasted a week.");
	}

	@Test
	void dateLineWithNoCalendarDateStaysText() {
		ArticleText text = ArticleText.clean("date 2025-13-45 Two navies held a drill.\nIt lasted a week.");
		assertThat(text.publishedOn()).isNull();
		assertThat(text.body()).startsWith("date 2025-13-45 Two navies");
	}

	@Test
	void bylineWithAnImpossibleDateGivesNoDate() {
		ArticleText text = ArticleText
			.clean("Two Navies Hold A Joint Drill\nJane Doe, February 30, 2025\nIt lasted a week.");
		assertThat(text.author()).isEqualTo("Jane Doe");
		assertThat(text.publishedOn()).isNull();
	}

	@Test
	void dateLineIsReadOnlyOnTheFirstLine() {
		ArticleText text = ArticleText.clean("A ship docked.\ndate 2024-11-05 Something else happened here.");
		assertThat(text.publishedOn()).isNull();
		assertThat(text.body()).contains("date 2024-11-05");
	}

	@Test
	void headlineAndBylineGiveTitleAuthorAndDate() {
		ArticleText text = ArticleText.clean(
				"\nNavies Sign A New Pact\n\nJane Q. Doe, March 4, 2024\n\nThe pact was signed on a Monday.\nIt covers training.");
		assertThat(text.title()).isEqualTo("Navies Sign A New Pact");
		assertThat(text.author()).isEqualTo("Jane Q. Doe");
		assertThat(text.publishedOn().iso()).isEqualTo("2024-03-04");
		assertThat(text.body()).isEqualTo("The pact was signed on a Monday.\n\nIt covers training.");
	}

	@Test
	void headlineFollowedByASentenceIsTheTitle() {
		ArticleText text = ArticleText.clean("Two Navies Hold Drill\nThe drill lasted a week and ended on Friday.");
		assertThat(text.title()).isEqualTo("Two Navies Hold Drill");
		assertThat(text.author()).isNull();
		assertThat(text.body()).isEqualTo("The drill lasted a week and ended on Friday.");
	}

	@Test
	void shortOrSentenceFirstLinesAreNotTitles() {
		// fewer than four words
		assertThat(ArticleText.clean("Navies drill\nThe drill lasted a week.").title()).isNull();
		// ends with a full stop
		assertThat(ArticleText.clean("The navies held a drill.\nThe drill lasted a week.").title()).isNull();
		// ends with a closing quote
		assertThat(ArticleText.clean("He said it was \u201cthe best drill yet\u201d\nThe drill lasted a week.").title())
			.isNull();
		// two headline-like lines in a row: neither is taken as the title
		assertThat(ArticleText.clean("Navies Hold A Drill\nFrom Our Own Correspondent Here\nIt lasted.").title())
			.isNull();
		// a single line
		assertThat(ArticleText.clean("Navies Hold A Big Drill").title()).isNull();
	}

	@Test
	void overlongFirstLineIsNotATitle() {
		String line = "word ".repeat(40).strip();
		assertThat(ArticleText.clean(line + "\nThe drill lasted a week.").title()).isNull();
	}

	@Test
	void pullQuoteIsDroppedWhenAParagraphRepeatsIt() {
		String quote = "The two sides agreed to meet again before the end of the year in the capital.";
		String paragraph = "After long talks on Tuesday, officials said so. " + quote + " A spokesman confirmed it.";
		ArticleText text = ArticleText.clean(quote + "\n\n" + paragraph + "\n\nIt was cold.");
		assertThat(text.body()).isEqualTo(paragraph + "\n\nIt was cold.");
	}

	@Test
	void pullQuoteMatchIgnoresCaseAndPunctuation() {
		String quote = "\u201cWe will build the new plant together with our partners,\u201d the minister said.";
		String paragraph = "At the ceremony: we will build the new plant together with our partners - the minister said, smiling.";
		ArticleText text = ArticleText.clean(quote + "\n" + paragraph);
		assertThat(text.body()).isEqualTo(paragraph);
	}

	@Test
	void shortRepeatedLinesAreKept() {
		// fewer than eight words: not a pull quote
		String line = "The army chief spoke first";
		ArticleText text = ArticleText.clean("It was cold. " + line + ". Then others spoke.\n" + line);
		assertThat(text.body()).endsWith("\n\n" + line);
	}

	@Test
	void blankLinesWindowsLineEndsAndNonBreakingSpacesAreNormalised() {
		ArticleText text = ArticleText.clean("\r\n  A ship docked.\u00a0\r\n\r\n\r\n \u00a0 \r\nIt left.\r\n\r\n");
		assertThat(text.body()).isEqualTo("A ship docked.\n\nIt left.");
	}

	@Test
	void emptyTextHasEmptyBody() {
		ArticleText text = ArticleText.clean("");
		assertThat(text.title()).isNull();
		assertThat(text.body()).isEmpty();
		assertThat(text.wordCount()).isZero();
	}

	@Test
	void wordsAreRunsOfLettersAndDigitsWithApostrophesInside() {
		ArticleText text = ArticleText.clean("Dhaka’s 2025 order: 18 howitzers — and Ankara's reply, \"soon\".");
		assertThat(text.wordCount()).isEqualTo(9);
	}

	private static String read(String file) throws IOException {
		return Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

}
