package org.diplograph.importing;

import java.util.List;

import org.diplograph.model.Article;
import org.diplograph.model.Candidate;

/**
 * What an import answers: the article, whether it is new, and its candidates in the order
 * the body reports them.
 */
record ImportPayload(Article article, boolean created, List<Candidate> candidates) {

}
