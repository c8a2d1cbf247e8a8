package org.diplograph.extraction;

/**
 * An existing fact a candidate may duplicate, with a score in (0, 1]: higher is more
 * alike.
 */
public record SimilarFact(String id, double score) {

}
