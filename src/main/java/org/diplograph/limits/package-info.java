/**
 * Abuse limits on GraphQL requests: depth, aliases, tokens, document and body size, the
 * cost estimated before a request runs, and the budget that stops it while it runs
 * (deadline, values and text of the answer); every limit in {@link Limits} or
 * {@link LimitsProperties}.
 */
package org.diplograph.limits;
