package org.diplograph.text;

import java.util.Arrays;

import org.diplograph.common.Names;

/**
 * A text folded for matching ({@link Names#foldChar}), with every character that is not a
 * letter or digit turned into a single space, and a map from each folded position back to
 * the original text, so a match in the folded text is a character range of the original.
 */
public final class FoldedText {

	private final String folded;

	private final int[] originalStart;

	private final int[] originalEnd;

	private FoldedText(String folded, int[] originalStart, int[] originalEnd) {
		this.folded = folded;
		this.originalStart = originalStart;
		this.originalEnd = originalEnd;
	}

	public static FoldedText of(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2);
		int[] starts = new int[text.length() * 2 + 2];
		int[] ends = new int[text.length() * 2 + 2];
		for (int i = 0; i < text.length(); i++) {
			String part = Names.foldChar(text.charAt(i));
			for (int j = 0; j < part.length(); j++) {
				char ch = part.charAt(j);
				boolean word = Character.isLetterOrDigit(ch);
				if (!word && (out.length() == 0 || out.charAt(out.length() - 1) == ' ')) {
					continue;
				}
				if (out.length() >= starts.length) {
					starts = Arrays.copyOf(starts, starts.length * 2);
					ends = Arrays.copyOf(ends, ends.length * 2);
				}
				starts[out.length()] = i;
				ends[out.length()] = i + 1;
				out.append(word ? ch : ' ');
			}
		}
		return new FoldedText(out.toString(), starts, ends);
	}

	/**
	 * Folds a name or phrase the same way, trimmed: the pattern to look for in a folded
	 * text.
	 */
	public static String pattern(String phrase) {
		return of(phrase).folded.strip();
	}

	public String folded() {
		return this.folded;
	}

	/** Start in the original text of the folded character at {@code index}. */
	public int originalStart(int index) {
		return this.originalStart[index];
	}

	/**
	 * End (exclusive) in the original text of the folded range ending before
	 * {@code endIndex}.
	 */
	public int originalEnd(int endIndex) {
		return this.originalEnd[endIndex - 1];
	}

	/**
	 * Whether the folded range is a whole run of words: no letter or digit right before
	 * or after it.
	 */
	public boolean isWholeWords(int start, int end) {
		return (start == 0 || !Character.isLetterOrDigit(this.folded.charAt(start - 1)))
				&& (end == this.folded.length() || !Character.isLetterOrDigit(this.folded.charAt(end)));
	}

}
