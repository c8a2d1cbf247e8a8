package org.diplograph.common;

/**
 * Input a user can correct; its message is shown to the client as a BAD_REQUEST error.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}

}
