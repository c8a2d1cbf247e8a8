package org.diplograph.common;

/** A date string a user gave that is not an ISO date of year, month or day precision. */
public class InvalidDateException extends BadRequestException {

	public InvalidDateException(String message) {
		super(message);
	}

}
