/**
 * Engagements: meetings, calls, summits, exercises, consultations and messages that are
 * not one country's visit to another, who took part, and the articles that report them.
 */
package org.diplograph.engagement;
