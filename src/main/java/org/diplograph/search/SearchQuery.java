package org.diplograph.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import org.diplograph.common.BadRequestException;
import org.diplograph.common.Limits;

/**
 * A user's search string, parsed: "quoted phrases", word* prefixes and plain words. Each
 * becomes a clause over every searchable field; a plain word also matches its
 * misspellings.
 */
final class SearchQuery {

	private static final Pattern PART = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

	private static final int MIN_PREFIX_LENGTH = 2;

	private final List<Clause> clauses;

	private SearchQuery(List<Clause> clauses) {
		this.clauses = clauses;
	}

	static SearchQuery parse(String text, Analyzer stemming, Analyzer exact) {
		if (text == null || text.isBlank()) {
			throw new BadRequestException("search: the query is empty; give some words, a \"phrase\" or a prefix*.");
		}
		if (text.length() > Limits.MAX_SEARCH_LENGTH) {
			throw new BadRequestException("search: the query is " + text.length() + " characters long; at most "
					+ Limits.MAX_SEARCH_LENGTH + ".");
		}
		List<Clause> clauses = new ArrayList<>();
		Matcher matcher = PART.matcher(text);
		while (matcher.find()) {
			Clause clause = (matcher.group(1) != null) ? phrase(matcher.group(1), stemming)
					: word(matcher.group(2), stemming, exact);
			if (clause != null) {
				clauses.add(clause);
			}
		}
		if (clauses.size() > Limits.MAX_SEARCH_WORDS) {
			throw new BadRequestException("search: the query has " + clauses.size() + " words and phrases; at most "
					+ Limits.MAX_SEARCH_WORDS + ".");
		}
		return new SearchQuery(clauses);
	}

	boolean isEmpty() {
		return this.clauses.isEmpty();
	}

	List<Clause> clauses() {
		return this.clauses;
	}

	/** Every clause must match ({@code all}), or at least one. */
	Query toLucene(boolean all) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Clause clause : this.clauses) {
			query.add(clause.toLucene(), all ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	private static Clause phrase(String text, Analyzer stemming) {
		List<Token> tokens = analyze(stemming, text);
		if (tokens.isEmpty()) {
			return null;
		}
		return (tokens.size() == 1) ? new Clause(Kind.WORD, tokens.get(0).term(), null, tokens)
				: new Clause(Kind.PHRASE, text, null, tokens);
	}

	private static Clause word(String text, Analyzer stemming, Analyzer exact) {
		if (text.endsWith("*")) {
			List<Token> folded = analyze(exact, text.substring(0, text.length() - 1));
			if (folded.size() == 1 && folded.get(0).term().length() >= MIN_PREFIX_LENGTH) {
				return new Clause(Kind.PREFIX, folded.get(0).term(), null, folded);
			}
			if (folded.isEmpty()) {
				return null;
			}
			text = text.substring(0, text.length() - 1);
		}
		List<Token> stems = analyze(stemming, text);
		List<Token> whole = analyze(exact, text);
		if (stems.isEmpty() || whole.isEmpty()) {
			return null;
		}
		if (stems.size() > 1) {
			// a hyphenated or punctuated word ("Waker-uz-Zaman") is a phrase of its parts
			return new Clause(Kind.PHRASE, text, null, stems);
		}
		return new Clause(Kind.WORD, stems.get(0).term(), whole.get(0).term(), stems);
	}

	static List<Token> analyze(Analyzer analyzer, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	enum Kind {

		WORD, PHRASE, PREFIX

	}

	/**
	 * A term as the analyzer gives it: its position and its range in the text analyzed.
	 */
	record Token(String term, int position, int start, int end) {

		int[] range() {
			return new int[] { this.start, this.end };
		}

	}

	/**
	 * One part of the query. For a word, {@code text} is its stem and {@code whole} the
	 * folded word that misspellings are measured against.
	 */
	record Clause(Kind kind, String text, String whole, List<Token> tokens) {

		Query toLucene() {
			BooleanQuery.Builder fields = new BooleanQuery.Builder();
			for (SearchField field : SearchField.values()) {
				fields.add(new BoostQuery(forField(field), field.boost()), BooleanClause.Occur.SHOULD);
			}
			return fields.build();
		}

		private Query forField(SearchField field) {
			return switch (this.kind) {
				case PREFIX -> new PrefixQuery(new Term(field.exactName(), this.text));
				case PHRASE -> {
					PhraseQuery.Builder phrase = new PhraseQuery.Builder();
					this.tokens
						.forEach((token) -> phrase.add(new Term(field.fieldName(), token.term()), token.position()));
					yield phrase.build();
				}
				case WORD -> {
					BooleanQuery.Builder word = new BooleanQuery.Builder();
					word.add(new TermQuery(new Term(field.fieldName(), this.text)), BooleanClause.Occur.SHOULD);
					int edits = maxEdits(this.whole);
					if (edits > 0) {
						Query fuzzy = new FuzzyQuery(new Term(field.exactName(), this.whole), edits, 1);
						word.add(new BoostQuery(fuzzy, 0.5f), BooleanClause.Occur.SHOULD);
					}
					yield word.build();
				}
			};
		}

	}

	/** How many edits a misspelling of a word of this length may have. */
	static int maxEdits(String word) {
		if (word == null || word.length() < 4) {
			return 0;
		}
		return (word.length() < 7) ? 1 : 2;
	}

}
