package org.diplograph.text;

/**
 * One place a text names an actor: {@code start} (inclusive) to {@code end} (exclusive)
 * is the name as the text writes it.
 */
public record ActorMention(String actorId, int start, int end) {

}
