package org.diplograph.common;

/** What a delete mutation answers: the ID of what it deleted. */
public record DeletePayload(String id) {

}
