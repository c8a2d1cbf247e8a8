package org.diplograph.model;

import org.diplograph.common.FuzzyDate;

/** A title an actor held, at an organisation, over a period where the sources give it. */
public record Role(String title, String organizationId, FuzzyDate since, FuzzyDate until) {

}
