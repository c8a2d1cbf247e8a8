package org.diplograph.visit;

/** Whether a visit has taken place or is announced. */
public enum VisitStatus {

	COMPLETED, PLANNED

}
