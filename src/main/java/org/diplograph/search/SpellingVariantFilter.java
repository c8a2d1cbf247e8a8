package org.diplograph.search;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings American and British spellings of the corpus's common words to one form, so
 * "defense" finds "defence": the sources use both, often in one article.
 */
final class SpellingVariantFilter extends TokenFilter {

	private static final Map<String, String> BRITISH = Map.ofEntries(Map.entry("defense", "defence"),
			Map.entry("defenses", "defences"), Map.entry("offense", "offence"), Map.entry("offenses", "offences"),
			Map.entry("armor", "armour"), Map.entry("armored", "armoured"), Map.entry("armors", "armours"),
			Map.entry("modernization", "modernisation"), Map.entry("modernize", "modernise"),
			Map.entry("modernized", "modernised"), Map.entry("organization", "organisation"),
			Map.entry("organizations", "organisations"), Map.entry("license", "licence"), Map.entry("center", "centre"),
			Map.entry("centers", "centres"), Map.entry("catalog", "catalogue"), Map.entry("program", "programme"),
			Map.entry("programs", "programmes"), Map.entry("institutionalize", "institutionalise"),
			Map.entry("indigenization", "indigenisation"), Map.entry("advisor", "adviser"),
			Map.entry("advisors", "advisers"), Map.entry("turkey", "turkiye"));

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	SpellingVariantFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!this.input.incrementToken()) {
			return false;
		}
		String british = BRITISH.get(this.term.toString());
		if (british != null) {
			this.term.setEmpty().append(british);
		}
		return true;
	}

}
