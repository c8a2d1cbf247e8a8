package org.diplograph.extraction;

/**
 * Whether a visit or engagement happened or is announced; the names are those of the
 * API's {@code VisitStatus}.
 */
public enum FactStatus {

	COMPLETED, PLANNED

}
