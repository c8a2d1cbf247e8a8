/**
 * The HTTP transport around the GraphQL endpoint, per the GraphQL-over-HTTP spec (GET for
 * queries, POST, media types, the status codes of requests refused before they run), and
 * what every response shows a client: validation errors in a user's words, JSON errors
 * instead of HTML pages, security headers.
 */
package org.diplograph.http;
