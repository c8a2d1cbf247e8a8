/**
 * The explorer at {@code /explore}: a browser page of views over the public GraphQL API,
 * served offline from the application's own files and WebJars.
 */
package org.diplograph.explorer;
