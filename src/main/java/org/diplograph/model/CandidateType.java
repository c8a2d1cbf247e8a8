package org.diplograph.model;

/** What a candidate proposes: an actor, a visit, a deal or an engagement. */
public enum CandidateType {

	ACTOR, VISIT, DEAL, ENGAGEMENT

}
