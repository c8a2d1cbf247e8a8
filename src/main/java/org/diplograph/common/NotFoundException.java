package org.diplograph.common;

/** A write names an object that does not exist; shown as a NOT_FOUND error. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
