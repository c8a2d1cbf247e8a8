package org.diplograph.common;

/**
 * Where an article reports a fact: {@code quote} is the article body from {@code start}
 * (inclusive) to {@code end} (exclusive).
 */
public record Evidence(String articleId, String quote, int start, int end) {

}
