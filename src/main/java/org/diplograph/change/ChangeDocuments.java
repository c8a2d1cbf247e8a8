package org.diplograph.change;

import java.util.List;

import org.bson.Document;

/** Reads a recorded change as the API shows it. */
final class ChangeDocuments {

	private ChangeDocuments() {
	}

	static Change toChange(Document change) {
		return new Change(((Number) change.get(Documents.ID)).longValue(), change.getDate("at").toInstant().toString(),
				change.getString("by"), ChangeAction.valueOf(change.getString("action")), change.getString("subjectId"),
				change.getInteger("revision"), change.getList("fields", String.class, List.of()),
				change.getString("note"));
	}

}
