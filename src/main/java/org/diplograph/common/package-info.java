/**
 * What two or more features share: fuzzy dates, evidence, name matching, paging and
 * errors.
 */
package org.diplograph.common;
