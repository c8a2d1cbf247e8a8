/**
 * The front door at {@code /}: what Diplograph is, and links to GraphiQL, the explorer,
 * the schema, the exports and example queries.
 */
package org.diplograph.home;
