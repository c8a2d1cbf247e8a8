package org.diplograph.extraction;

/**
 * One token of the body: its character range, its text, its Universal Dependencies POS
 * tag (NOUN, PROPN, VERB, AUX, ADP, NUM...) and its lemma, lower case.
 */
public record Token(int start, int end, String text, String pos, String lemma) {

}
