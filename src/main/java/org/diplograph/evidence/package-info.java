/**
 * Evidence as a write: adding a source to a fact, or removing one, whatever kind of fact
 * it is.
 */
package org.diplograph.evidence;
