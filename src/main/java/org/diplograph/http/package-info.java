/**
 * The HTTP transport around the GraphQL endpoint: GET for queries, CORS.
 */
package org.diplograph.http;
