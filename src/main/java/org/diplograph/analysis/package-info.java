/**
 * Analysis: two actors' relationship, activity over time, and who is linked to whom and
 * why.
 */
package org.diplograph.analysis;
