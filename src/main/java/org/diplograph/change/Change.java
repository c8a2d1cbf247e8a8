package org.diplograph.change;

import java.util.List;

/**
 * One recorded change, as the change feed and history show it: who did what to which
 * subject, when, leaving which revision, which fields it changed, and why.
 */
public record Change(long seq, String at, String by, ChangeAction action, String subjectId, Integer revision,
		List<String> fields, String note) {

	static final String ID_PREFIX = "change:";

	public String id() {
		return ID_PREFIX + this.seq;
	}

}
