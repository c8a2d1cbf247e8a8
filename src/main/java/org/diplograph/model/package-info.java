/**
 * The documents the knowledge base stores, one record per MongoDB collection, with their
 * embedded types and enums: what every feature reads and writes, depending on no feature.
 */
package org.diplograph.model;
