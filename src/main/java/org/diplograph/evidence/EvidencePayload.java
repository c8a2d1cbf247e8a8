package org.diplograph.evidence;

/** The fact an evidence mutation changed, as it is now. */
record EvidencePayload(Object fact) {

}
