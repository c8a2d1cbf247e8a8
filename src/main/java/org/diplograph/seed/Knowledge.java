package org.diplograph.seed;

import java.util.List;

import org.diplograph.actor.Actor;
import org.diplograph.article.Article;
import org.diplograph.deal.DefenceDeal;
import org.diplograph.visit.Visit;

/** Every document a seed produces, consistent with each other, ready to be written. */
record Knowledge(List<Article> articles, List<Actor> actors, List<Visit> visits, List<DefenceDeal> deals,
		String contentHash) {

}
