/**
 * Automatic persisted queries, the Apollo protocol: a client sends the SHA-256 of a query
 * instead of the query, and the query only when the server does not know the hash yet.
 */
package org.diplograph.persisted;
