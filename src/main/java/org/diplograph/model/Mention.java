package org.diplograph.model;

import java.util.List;

/** Where an article body names one actor: the start offset of each occurrence. */
public record Mention(String actorId, int count, List<Integer> offsets) {

}
