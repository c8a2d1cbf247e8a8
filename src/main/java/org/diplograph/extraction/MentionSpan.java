package org.diplograph.extraction;

/**
 * Where the body names a known actor: the range [start, end) found by the shared mention
 * finder.
 */
public record MentionSpan(String actorId, int start, int end) {

}
