package org.diplograph.seed;

import java.util.List;

import org.diplograph.model.Actor;
import org.diplograph.model.Article;
import org.diplograph.model.DefenceDeal;
import org.diplograph.model.Engagement;
import org.diplograph.model.Visit;

/** Every document a seed produces, consistent with each other, ready to be written. */
record Knowledge(List<Article> articles, List<Actor> actors, List<Visit> visits, List<DefenceDeal> deals,
		List<Engagement> engagements, String contentHash) {

}
