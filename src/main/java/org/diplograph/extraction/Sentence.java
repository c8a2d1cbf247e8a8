package org.diplograph.extraction;

import java.util.List;

/**
 * One sentence of the body, its character range and its tokens, re-joined where the
 * sentence splitter broke after an abbreviation ("Lt.", "Gen.", "Jan.").
 */
public record Sentence(int start, int end, List<Token> tokens) {

	public Sentence {
		tokens = List.copyOf(tokens);
	}

	public TextRange range() {
		return new TextRange(this.start, this.end);
	}

}
