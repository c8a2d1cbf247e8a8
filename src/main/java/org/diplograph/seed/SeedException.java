package org.diplograph.seed;

import java.util.List;

/** The seed cannot be loaded; each problem names the file and entry it is in. */
public class SeedException extends RuntimeException {

	private final List<String> problems;

	public SeedException(List<String> problems) {
		super("The seed was not loaded: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public SeedException(String problem) {
		this(List.of(problem));
	}

	public List<String> problems() {
		return this.problems;
	}

}
