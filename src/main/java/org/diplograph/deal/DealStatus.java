package org.diplograph.deal;

/** The lifecycle step of a deal, in order. */
public enum DealStatus {

	INTEREST, UNDER_CONSIDERATION, OFFERED, NEGOTIATING, PLANNED, SIGNED, DELIVERED

}
