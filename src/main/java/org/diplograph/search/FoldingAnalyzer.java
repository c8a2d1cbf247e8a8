package org.diplograph.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis with accents folded away ("Görgün" and "Gorgun" are one term) and
 * American spellings brought to British ones ("defense" is "defence"). The stemming
 * variant also drops stop words and stems ("howitzers" and "howitzer" meet); the exact
 * variant keeps every word whole, for prefixes and misspellings.
 */
final class FoldingAnalyzer extends Analyzer {

	private final boolean stemming;

	private FoldingAnalyzer(boolean stemming) {
		this.stemming = stemming;
	}

	static FoldingAnalyzer stemming() {
		return new FoldingAnalyzer(true);
	}

	static FoldingAnalyzer exact() {
		return new FoldingAnalyzer(false);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer source = new StandardTokenizer();
		TokenStream tokens = new EnglishPossessiveFilter(source);
		tokens = new LowerCaseFilter(tokens);
		tokens = new ASCIIFoldingFilter(tokens);
		tokens = new SpellingVariantFilter(tokens);
		if (this.stemming) {
			tokens = new StopFilter(tokens, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			tokens = new PorterStemFilter(tokens);
		}
		return new TokenStreamComponents(source, tokens);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

}
