package org.diplograph.search;

import java.util.Locale;

/** The fields search looks in, with how much a match in each counts. */
enum SearchField {

	NAME(3.0f), ALIASES(2.5f), TITLE(2.0f), ITEMS(2.0f), SUMMARY(1.5f), BODY(1.0f);

	private final float boost;

	SearchField(float boost) {
		this.boost = boost;
	}

	/** The field's name in the index and in highlights. */
	String fieldName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The unstemmed twin, for prefixes and misspellings. */
	String exactName() {
		return fieldName() + "_exact";
	}

	float boost() {
		return this.boost;
	}

}
