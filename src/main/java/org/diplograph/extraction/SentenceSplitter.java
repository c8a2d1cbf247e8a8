package org.diplograph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits a body into sentences, paragraph by paragraph, with OpenNLP's sentence detector,
 * and re-joins what it broke after a title, a month or another abbreviation, or before a
 * word in lower case.
 */
final class SentenceSplitter {

	/** Abbreviations after which a sentence does not end, whatever follows. */
	private static final Set<String> TITLE_ABBREVIATIONS = Lexicon.words("lt", "gen", "col", "lt.col", "maj", "brig",
			"capt", "cdr", "cmdr", "adm", "cmde", "sgt", "cpl", "dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov",
			"hon", "st", "no", "nos", "vs", "mt", "ft", "gens", "adml", "lt-gen", "maj-gen", "lt.gen", "maj.gen",
			"rear", "air", "vice");

	/**
	 * Abbreviations after which a sentence ends only when the next one starts a sentence.
	 */
	private static final Set<String> MONTH_ABBREVIATIONS = Lexicon.words("jan", "feb", "mar", "apr", "jun", "jul",
			"aug", "sep", "sept", "oct", "nov", "dec");

	private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]*)*");

	private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.-]+)\\.\\s*$");

	private SentenceSplitter() {
	}

	/** The [start, end) ranges of the sentences of {@code body}, trimmed, in order. */
	static List<int[]> sentenceRanges(String body, SentenceDetectorME detector) {
		List<int[]> ranges = new ArrayList<>();
		Matcher paragraph = PARAGRAPH.matcher(body);
		while (paragraph.find()) {
			String text = paragraph.group();
			List<int[]> inParagraph = new ArrayList<>();
			for (Span span : detector.sentPosDetect(text)) {
				int start = paragraph.start() + span.getStart();
				int end = paragraph.start() + span.getEnd();
				if (!inParagraph.isEmpty() && continues(body, inParagraph.get(inParagraph.size() - 1), start)) {
					inParagraph.get(inParagraph.size() - 1)[1] = end;
				}
				else {
					inParagraph.add(new int[] { start, end });
				}
			}
			ranges.addAll(inParagraph.stream().map((range) -> trim(body, range)).filter((r) -> r[1] > r[0]).toList());
		}
		return ranges;
	}

	/**
	 * Whether the sentence starting at {@code next} continues {@code previous}: the
	 * splitter broke after a title, a month or another abbreviation, or before a word in
	 * lower case.
	 */
	static boolean continues(String body, int[] previous, int next) {
		String before = body.substring(previous[0], previous[1]);
		char first = firstLetterOrDigit(body, next);
		if (Character.isLowerCase(first)) {
			return true;
		}
		Matcher last = LAST_WORD.matcher(before);
		if (!last.find()) {
			return false;
		}
		String word = last.group(1).toLowerCase(Locale.ROOT);
		if (TITLE_ABBREVIATIONS.contains(word)) {
			return true;
		}
		if (MONTH_ABBREVIATIONS.contains(word)) {
			return Character.isDigit(first);
		}
		// an initial ("J.") or a dotted acronym ("U.S.") before a number
		return (word.length() == 1 || word.contains(".")) && Character.isDigit(first);
	}

	private static char firstLetterOrDigit(String body, int from) {
		for (int i = from; i < body.length(); i++) {
			char ch = body.charAt(i);
			if (Character.isLetterOrDigit(ch)) {
				return ch;
			}
		}
		return ' ';
	}

	private static int[] trim(String body, int[] range) {
		int start = range[0];
		int end = range[1];
		while (start < end && Character.isWhitespace(body.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
			end--;
		}
		return new int[] { start, end };
	}

}
