package org.diplograph.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;

import org.diplograph.common.Limits;
import org.diplograph.search.SearchQuery.Token;

/**
 * Finds where a parsed query matched in a field's value and cuts a short snippet around
 * each match. Offsets are character offsets in the value itself; adjacent matched words
 * (a phrase) make one match.
 */
final class Highlighter {

	private static final int CONTEXT = 60;

	private final Analyzer stemming;

	private final Analyzer exact;

	private final List<SearchQuery.Clause> clauses;

	private final List<CharacterRunAutomaton> misspellings = new ArrayList<>();

	Highlighter(SearchQuery query, Analyzer stemming, Analyzer exact) {
		this.stemming = stemming;
		this.exact = exact;
		this.clauses = query.clauses();
		for (SearchQuery.Clause clause : this.clauses) {
			int edits = SearchQuery.maxEdits(clause.whole());
			if (clause.kind() == SearchQuery.Kind.WORD && edits > 0) {
				this.misspellings
					.add(new CharacterRunAutomaton(new LevenshteinAutomata(clause.whole(), false).toAutomaton(edits)));
			}
		}
	}

	List<Match> highlight(Map<SearchField, List<String>> values) {
		List<Match> matches = new ArrayList<>();
		values.forEach((field, texts) -> {
			int found = 0;
			for (String text : texts) {
				for (int[] range : ranges(text)) {
					if (found++ < Limits.MAX_HIGHLIGHTS_PER_FIELD) {
						matches
							.add(new Match(field.fieldName(), snippet(text, range[0], range[1]), range[0], range[1]));
					}
				}
			}
		});
		return matches;
	}

	/**
	 * The matched ranges of one value, merged where only spaces, punctuation or a stop
	 * word separate them.
	 */
	private List<int[]> ranges(String text) {
		List<int[]> words = new ArrayList<>();
		List<Token> stems = SearchQuery.analyze(this.stemming, text);
		Map<Integer, Token> byPosition = new HashMap<>();
		stems.forEach((token) -> byPosition.put(token.position(), token));
		for (SearchQuery.Clause clause : this.clauses) {
			if (clause.kind() == SearchQuery.Kind.WORD) {
				stems.stream()
					.filter((token) -> token.term().equals(clause.text()))
					.forEach((token) -> words.add(token.range()));
			}
			else if (clause.kind() == SearchQuery.Kind.PHRASE) {
				for (Token first : stems) {
					int[] phrase = phraseAt(first, clause.tokens(), byPosition);
					if (phrase != null) {
						words.add(phrase);
					}
				}
			}
		}
		for (Token token : SearchQuery.analyze(this.exact, text)) {
			boolean prefix = this.clauses.stream()
				.anyMatch(
						(clause) -> clause.kind() == SearchQuery.Kind.PREFIX && token.term().startsWith(clause.text()));
			boolean misspelt = this.misspellings.stream().anyMatch((automaton) -> automaton.run(token.term()));
			if (prefix || misspelt) {
				words.add(token.range());
			}
		}
		words.sort((a, b) -> Integer.compare(a[0], b[0]));
		List<int[]> merged = new ArrayList<>();
		for (int[] word : words) {
			int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && (word[0] <= last[1] || isFiller(text.substring(last[1], word[0])))) {
				last[1] = Math.max(last[1], word[1]);
			}
			else {
				merged.add(new int[] { word[0], word[1] });
			}
		}
		return merged;
	}

	/** The range of the phrase if it starts at {@code first}, else null. */
	private static int[] phraseAt(Token first, List<Token> phrase, Map<Integer, Token> byPosition) {
		int base = phrase.get(0).position();
		Token last = first;
		for (Token word : phrase) {
			Token token = byPosition.get(first.position() + word.position() - base);
			if (token == null || !token.term().equals(word.term())) {
				return null;
			}
			last = token;
		}
		return new int[] { first.start(), last.end() };
	}

	private static boolean isFiller(String gap) {
		String words = gap.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
		return words.isEmpty()
				|| (!words.contains(" ") && EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(words.toLowerCase()));
	}

	private static String snippet(String text, int start, int end) {
		int from = Math.max(0, start - CONTEXT);
		int to = Math.min(text.length(), end + CONTEXT);
		while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
			from++;
		}
		while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
			to--;
		}
		String snippet = text.substring(from, to).strip().replaceAll("\\s+", " ");
		return ((from > 0) ? "…" : "") + snippet + ((to < text.length()) ? "…" : "");
	}

	/** A match in a field: the snippet around it and its range in the field's value. */
	record Match(String field, String text, int start, int end) {
	}

}
