/**
 * The GraphiQL IDE at {@code /graphiql}, served offline from the application's own
 * WebJars.
 */
package org.diplograph.graphiql;
