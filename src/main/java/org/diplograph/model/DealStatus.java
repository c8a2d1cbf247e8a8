package org.diplograph.model;

/** The lifecycle step of a deal, in order. */
public enum DealStatus {

	INTEREST, UNDER_CONSIDERATION, OFFERED, NEGOTIATING, PLANNED, SIGNED, DELIVERED

}
