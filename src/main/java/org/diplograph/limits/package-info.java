/**
 * Abuse limits on GraphQL requests: depth, aliases, tokens, document and body size, cost,
 * time.
 */
package org.diplograph.limits;
