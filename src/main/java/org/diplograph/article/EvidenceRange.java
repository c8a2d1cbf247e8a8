package org.diplograph.article;

/**
 * A range of an article's body given as evidence for a fact: from {@code start}
 * (inclusive) to {@code end} (exclusive), in characters of {@code Article.body}.
 */
public record EvidenceRange(String article, Integer start, Integer end) {

}
