package org.diplograph.extraction;

import org.diplograph.common.FuzzyDate;

/**
 * A role a known person holds: a title, the organisation (an actor ID, may be null) and
 * the period, either end open.
 */
public record KnownRole(String title, String organizationId, FuzzyDate since, FuzzyDate until) {

}
