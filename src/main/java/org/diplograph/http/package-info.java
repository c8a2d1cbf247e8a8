/**
 * The HTTP transport around the GraphQL endpoint, per the GraphQL-over-HTTP spec: GET for
 * queries, POST, media types, and the status codes of requests refused before they run.
 */
package org.diplograph.http;
