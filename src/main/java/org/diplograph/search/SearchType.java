package org.diplograph.search;

/** The kinds of thing search finds. */
enum SearchType {

	ARTICLE, ACTOR, VISIT, DEAL, ENGAGEMENT

}
