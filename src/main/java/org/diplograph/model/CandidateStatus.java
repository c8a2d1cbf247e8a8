package org.diplograph.model;

/** Where a candidate is in its review. */
public enum CandidateStatus {

	PENDING, ACCEPTED, MERGED, REJECTED

}
