// Every view of the explorer, in the order the router tries them; the last, without a path, answers
// any other URL below /explore. A new view is a module exporting { name, path, title, render } added here.

import home from './home.js';
import actor from './actor.js';
import relationship from './relationship.js';
import visit from './visit.js';
import deal from './deal.js';
import engagement from './engagement.js';
import article from './article.js';
import review from './review.js';
import reviewArticle from './review-article.js';
import notFound from './not-found.js';

export const VIEWS = [home, actor, relationship, visit, deal, engagement, article, review, reviewArticle, notFound];
