package org.diplograph.common;

/** How much of a date its source gives. */
public enum DatePrecision {

	YEAR, MONTH, DAY

}
