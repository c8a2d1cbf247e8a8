/**
 * The change log: every write recorded as a Change, applied through it so that a write
 * and its record never drift apart, served as history and as the change feed other
 * instances follow.
 */
package org.diplograph.change;
