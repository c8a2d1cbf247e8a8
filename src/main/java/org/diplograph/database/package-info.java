/**
 * The database: an embedded MongoDB-compatible server when no MongoDB is configured.
 */
package org.diplograph.database;
