package org.diplograph.change;

import org.bson.Document;

/**
 * One document a change writes, as the change log records it: locked by the change from
 * before its content is written until the change is committed.
 */
record DocumentWrite(Kind kind, String collection, String id, int expectedRevision, Document content) {

	enum Kind {

		INSERT, UPDATE, DELETE

	}

	Document toBson() {
		Document bson = new Document("kind", this.kind.name()).append("c", this.collection)
			.append("id", this.id)
			.append("rev", this.expectedRevision);
		if (this.content != null) {
			bson.append("doc", this.content);
		}
		return bson;
	}

	static DocumentWrite fromBson(Document bson) {
		return new DocumentWrite(Kind.valueOf(bson.getString("kind")), bson.getString("c"), bson.getString("id"),
				bson.getInteger("rev", 0), bson.get("doc", Document.class));
	}

}
