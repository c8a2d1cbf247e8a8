package org.diplograph.model;

import java.util.List;

import org.diplograph.common.Evidence;

/**
 * A fact the sources report (a visit, a deal, an engagement): what every kind shares for
 * curation, its ID, the revision it is at and the evidence behind it.
 */
public interface Fact {

	String id();

	int revision();

	List<Evidence> sources();

}
