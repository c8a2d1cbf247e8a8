package org.diplograph.change;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;

import org.diplograph.model.Origin;

import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * What one change does, built by a feature's {@code *Writes} class and carried out by
 * {@link ChangeWrites}: the documents it creates, updates or deletes (each at the
 * revision it was read at), and the idempotent updates that keep reverse links and other
 * derived records right. Everything is computed from the documents before and after, so
 * the plan is complete before anything is written and can be applied again after a crash.
 */
public final class Plan {

	private final MongoConverter converter;

	private final ChangeAction action;

	private final String subjectId;

	private final String author;

	private final List<DocumentWrite> ops = new ArrayList<>();

	private final List<Effect> effects = new ArrayList<>();

	private final Set<String> fields = new LinkedHashSet<>();

	private final Set<String> related = new LinkedHashSet<>();

	private String note;

	private Integer revision;

	private boolean curating = true;

	Plan(MongoConverter converter, ChangeAction action, String subjectId, String author) {
		this.converter = converter;
		this.action = action;
		this.subjectId = subjectId;
		this.author = author;
	}

	/** Why the change was made, as the analyst says it. */
	public Plan note(String note) {
		this.note = note;
		return this;
	}

	/** A change the seed makes: the documents it updates stay the seed's to update. */
	public Plan fromSeed() {
		this.curating = false;
		return this;
	}

	/** Records the new document, with its reverse links added to what it links to. */
	public Plan insert(Object document) {
		String collection = collectionOf(document);
		Document content = Documents.withoutLinks(collection, toDocument(document));
		content.put(Documents.REVISION, 1);
		this.ops
			.add(new DocumentWrite(DocumentWrite.Kind.INSERT, collection, content.getString(Documents.ID), 0, content));
		Set<String> given = new LinkedHashSet<>();
		// an empty list is a field the input left out
		Documents.own(collection, content).forEach((field, value) -> {
			if (!(value instanceof Collection<?> list && list.isEmpty())) {
				given.add(field);
			}
		});
		track(content.getString(Documents.ID), 1, given, collection);
		Links.between(null, document, this);
		return this;
	}

	/**
	 * Records the changes from {@code before} to {@code after}, conditional on the
	 * document still being at the revision {@code before} has; nothing when no own field
	 * differs.
	 */
	public Plan update(Object before, Object after, int expectedRevision) {
		String collection = collectionOf(after);
		Document old = toDocument(before);
		Document changed = Documents.changedFields(collection, old, toDocument(after));
		if (changed.isEmpty()) {
			return this;
		}
		String id = old.getString(Documents.ID);
		this.ops.add(new DocumentWrite(DocumentWrite.Kind.UPDATE, collection, id, expectedRevision, changed));
		track(id, expectedRevision + 1, changed.keySet(), collection);
		Links.between(before, after, this);
		return this;
	}

	/**
	 * Deletes the document, conditional on its revision, and removes its reverse links.
	 */
	public Plan delete(Object before, int expectedRevision) {
		String collection = collectionOf(before);
		String id = toDocument(before).getString(Documents.ID);
		this.ops.add(new DocumentWrite(DocumentWrite.Kind.DELETE, collection, id, expectedRevision, null));
		if (id.equals(this.subjectId)) {
			this.revision = null;
		}
		else {
			this.related.add(id);
		}
		Links.between(before, null, this);
		return this;
	}

	/** Upserts {@code fields} into the document of that ID, a record of its own. */
	public Plan put(String collection, String id, Document fields) {
		this.effects.add(new Effect(collection, new Document(Documents.ID, id), Effect.SET, null, fields, true, false));
		return this;
	}

	/**
	 * Sets {@code fields} in every document of the collection that matches the filter.
	 */
	public Plan setWhere(String collection, Document filter, Document fields) {
		this.effects.add(new Effect(collection, filter, Effect.SET, null, fields, false, true));
		return this;
	}

	void addToSet(String collection, String id, String field, Object value) {
		this.effects
			.add(new Effect(collection, new Document(Documents.ID, id), Effect.ADD_TO_SET, field, value, false, false));
	}

	void pull(String collection, String id, String field, Object value) {
		this.effects
			.add(new Effect(collection, new Document(Documents.ID, id), Effect.PULL, field, value, false, false));
	}

	/** Whether the plan writes nothing: every document is already as asked. */
	public boolean changesNothing() {
		return this.ops.isEmpty();
	}

	/** The revision the subject has once the plan is applied; null when it is deleted. */
	public Integer revision() {
		return this.revision;
	}

	/** The API's names of the subject's fields the plan changes. */
	public Set<String> fields() {
		return Set.copyOf(this.fields);
	}

	ChangeAction action() {
		return this.action;
	}

	String subjectId() {
		return this.subjectId;
	}

	String author() {
		return this.author;
	}

	String noteText() {
		return this.note;
	}

	boolean curating() {
		return this.curating;
	}

	List<DocumentWrite> ops() {
		return this.ops;
	}

	List<Effect> effects() {
		return this.effects;
	}

	List<String> fieldList() {
		return List.copyOf(this.fields);
	}

	List<String> relatedIds() {
		return List.copyOf(this.related);
	}

	/** Every document whose own content the plan writes: what derived indexes refresh. */
	Set<String> touched() {
		Set<String> touched = new LinkedHashSet<>();
		this.ops.forEach((op) -> touched.add(op.id()));
		return touched;
	}

	private void track(String id, int newRevision, Set<String> changed, String collection) {
		if (id.equals(this.subjectId)) {
			this.revision = newRevision;
			this.fields.addAll(Documents.publicNames(collection, changed));
		}
		else {
			this.related.add(id);
		}
	}

	private Document toDocument(Object document) {
		Document converted = new Document();
		this.converter.write(document, converted);
		return converted;
	}

	private String collectionOf(Object document) {
		return this.converter.getMappingContext().getRequiredPersistentEntity(document.getClass()).getCollection();
	}

	/** The origin a document created through the API gets. */
	static Origin apiOrigin() {
		return Origin.API;
	}

}
