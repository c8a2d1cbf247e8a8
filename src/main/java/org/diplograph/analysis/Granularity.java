package org.diplograph.analysis;

/** The width of a timeline's buckets. */
enum Granularity {

	YEAR, MONTH

}
