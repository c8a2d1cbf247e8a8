package org.diplograph.text;

/**
 * One place a text names an actor: {@code start} (inclusive) to {@code end} (exclusive)
 * is the name as the text writes it, or, when {@code role} is set, the role phrase that
 * names a person without their name ("the army chief").
 */
public record ActorMention(String actorId, int start, int end, boolean role) {

}
