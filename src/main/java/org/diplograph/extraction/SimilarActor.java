package org.diplograph.extraction;

/**
 * A known actor a proposed one may be, with how alike the names are, in [0, 1].
 */
public record SimilarActor(String actorId, double score) {

}
