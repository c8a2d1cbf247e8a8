package org.diplograph.model;

/**
 * Where a document came from: the curated seed, the API (created by an analyst), or an
 * article imported over the API.
 */
public enum Origin {

	SEED, API, IMPORTED

}
