package org.diplograph.extraction;

/**
 * A character range [start, end) of the article body: the evidence of a candidate.
 */
public record TextRange(int start, int end) {

	public TextRange {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("A range runs from 0 <= start <= end, not " + start + ".." + end);
		}
	}

	/** The text of this range in {@code body}. */
	public String quote(String body) {
		return body.substring(this.start, this.end);
	}

}
