/**
 * Backups: a consistent archive of every collection, taken while writes go on, and its
 * restore into an empty database.
 */
package org.diplograph.backup;
