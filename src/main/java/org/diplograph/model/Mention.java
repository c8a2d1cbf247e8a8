package org.diplograph.model;

import java.util.List;

/**
 * Where an article body names one actor: the start offset of each occurrence, and which
 * of them name a person by a role only ("the army chief") rather than by name.
 */
public record Mention(String actorId, int count, List<Integer> offsets, List<Integer> roleOffsets) {

}
