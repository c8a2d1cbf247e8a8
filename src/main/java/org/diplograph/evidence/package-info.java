/**
 * What every kind of fact shares as a write: its draft, its loading, creating, updating
 * and deleting through the change log, and evidence added to or removed from its sources,
 * whatever kind of fact it is.
 */
package org.diplograph.evidence;
