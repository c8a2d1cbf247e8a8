package org.diplograph.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTests {

	@Test
	void keyIgnoresCaseAndAccents() {
		assertThat(Names.key("Haluk Görgün")).isEqualTo(Names.key("haluk gorgun")).isEqualTo("halukgorgun");
	}

	@Test
	void keyIgnoresHyphensAndSpaces() {
		assertThat(Names.key("Waker-Uz-Zaman")).isEqualTo(Names.key("waker uz zaman"))
			.isEqualTo(Names.key("Wakeruzzaman"))
			.isEqualTo("wakeruzzaman");
	}

	@Test
	void keyOfCountryWithDiacritics() {
		assertThat(Names.key("Türkiye")).isEqualTo(Names.key("Turkiye")).isEqualTo("turkiye");
	}

	@Test
	void keyIgnoresPunctuation() {
		assertThat(Names.key("Dr. Yunus")).isEqualTo(Names.key("Dr Yunus")).isEqualTo("dryunus");
		assertThat(Names.key("People's Republic")).isEqualTo(Names.key("Peoples Republic"));
		assertThat(Names.key("Yunus’ office")).isEqualTo(Names.key("Yunus office"));
	}

	@Test
	void keyKeepsDigits() {
		assertThat(Names.key("MKE Boran 105mm")).isEqualTo("mkeboran105mm");
	}

	@Test
	void keyOfNullOrPunctuationIsEmpty() {
		assertThat(Names.key(null)).isEmpty();
		assertThat(Names.key(" - . ")).isEmpty();
	}

	@Test
	void differentNamesHaveDifferentKeys() {
		assertThat(Names.key("Touhid Hossain")).isNotEqualTo(Names.key("Khalid Hossain"));
	}

	@Test
	void foldMapsCyrillicLookAlikesToLatin() {
		// Cyrillic capital A (U+0410) and small a (U+0430)
		assertThat(Names.fold("\u0410")).isEqualTo("a");
		assertThat(Names.fold("\u0430")).isEqualTo("a");
		assertThat(Names.key("S\u0430myar")).isEqualTo(Names.key("Samyar"));
		assertThat(Names.fold("\u041c\u041e\u0421")).isEqualTo("moc");
	}

	@Test
	void foldMapsDotlessAndDottedIToI() {
		assertThat(Names.fold("ı")).isEqualTo("i");
		assertThat(Names.fold("İ")).isEqualTo("i");
		assertThat(Names.fold("Kırıkkale")).isEqualTo("kirikkale");
		assertThat(Names.key("Kırıkkale")).isEqualTo(Names.key("Kirikkale"));
	}

	@Test
	void foldMapsLettersThatDoNotDecompose() {
		assertThat(Names.fold("Straße")).isEqualTo("strasse");
		assertThat(Names.fold("Øresund")).isEqualTo("oresund");
		assertThat(Names.fold("Łódź")).isEqualTo("lodz");
		assertThat(Names.fold("Æsir")).isEqualTo("aesir");
	}

	@Test
	void foldKeepsPunctuationButUnifiesQuotesAndDashes() {
		assertThat(Names.fold("Yunus’ office")).isEqualTo("yunus' office");
		assertThat(Names.fold("Bangladesh–Türkiye")).isEqualTo("bangladesh-turkiye");
		assertThat(Names.fold("a\u00a0b")).isEqualTo("a b");
	}

	@Test
	void foldRemovesCombiningAccents() {
		assertThat(Names.fold("Go\u0308rgu\u0308n")).isEqualTo("gorgun");
		assertThat(Names.fold("Ömer ÇAĞLAR")).isEqualTo("omer caglar");
	}

}
