package org.diplograph.review;

import org.diplograph.model.Candidate;

/**
 * What a decision answers: the candidate as it now is, and the fact or actor it became or
 * was merged into (null otherwise).
 */
record CandidatePayload(Candidate candidate, Object result) {

}
