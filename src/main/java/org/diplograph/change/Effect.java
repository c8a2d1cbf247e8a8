package org.diplograph.change;

import org.bson.Document;

/**
 * An idempotent update of documents a change does not lock (a reverse link, a redirect, a
 * tombstone), as the change log records it.
 */
record Effect(String collection, Document filter, String operator, String field, Object value, boolean upsert,
		boolean many) {

	static final String ADD_TO_SET = "addToSet";

	static final String PULL = "pull";

	static final String SET = "set";

	Document toBson() {
		return new Document("c", this.collection).append("filter", this.filter)
			.append("op", this.operator)
			.append("field", this.field)
			.append("value", this.value)
			.append("upsert", this.upsert)
			.append("many", this.many);
	}

	static Effect fromBson(Document bson) {
		return new Effect(bson.getString("c"), bson.get("filter", Document.class), bson.getString("op"),
				bson.getString("field"), bson.get("value"), bson.getBoolean("upsert", false),
				bson.getBoolean("many", false));
	}

}
