package org.diplograph.model;

/** The part an actor played in a visit. */
public enum VisitRole {

	VISITOR, HOST, MET

}
