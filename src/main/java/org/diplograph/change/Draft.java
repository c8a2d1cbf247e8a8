package org.diplograph.change;

import org.diplograph.model.Origin;

/**
 * What every document being edited through the change log has besides its own fields: its
 * ID, the revision it will have and its origin; each kind's draft adds its fields and
 * says how an explicit null clears one.
 */
public abstract class Draft {

	private String id;

	private int revision;

	private Origin origin;

	/** Empties a field the input set to null, by its name in the input. */
	public abstract void clear(String field);

	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

	public int getRevision() {
		return this.revision;
	}

	public void setRevision(int revision) {
		this.revision = revision;
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public void setOrigin(Origin origin) {
		this.origin = origin;
	}

}
