package org.diplograph.model;

/** Whether a visit has taken place or is announced. */
public enum VisitStatus {

	COMPLETED, PLANNED

}
