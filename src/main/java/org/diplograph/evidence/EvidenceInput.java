package org.diplograph.evidence;

/** A range of an article's body to add to a fact's sources, or to remove from them. */
record EvidenceInput(String fact, String article, Integer start, Integer end) {

}
