/**
 * Operations: request IDs in logs and responses.
 */
package org.diplograph.operations;
