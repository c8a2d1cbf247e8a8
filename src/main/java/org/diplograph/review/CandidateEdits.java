package org.diplograph.review;

import org.diplograph.actor.ActorInput;
import org.diplograph.deal.DealInput;
import org.diplograph.engagement.EngagementInput;
import org.diplograph.visit.VisitInput;

/**
 * Corrections of a candidate's fields before it is accepted, under the input of its kind;
 * the one that matches the candidate is used, another is a BAD_REQUEST.
 */
record CandidateEdits(ActorInput actor, VisitInput visit, DealInput deal, EngagementInput engagement) {

}
