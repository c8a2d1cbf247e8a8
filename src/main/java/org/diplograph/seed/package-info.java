/**
 * The seed loader: reads the curated facts of seed/ and the source texts, checks them,
 * builds the documents and writes them when the database does not hold this seed yet.
 */
package org.diplograph.seed;
