package org.diplograph.common;

/**
 * A write that lost a race: the object changed since the client read it, or is being
 * changed right now. Shown as a CONFLICT error with the object's current revision, so a
 * client can reload and reapply its edit.
 */
public class ConflictException extends RuntimeException {

	private final Integer currentRevision;

	public ConflictException(String message, Integer currentRevision) {
		super(message);
		this.currentRevision = currentRevision;
	}

	/** The revision the object has now, or null when that is not known. */
	public Integer currentRevision() {
		return this.currentRevision;
	}

}
