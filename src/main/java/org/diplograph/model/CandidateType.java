package org.diplograph.model;

/** What a candidate proposes: an actor, a visit or a deal. */
public enum CandidateType {

	ACTOR, VISIT, DEAL

}
