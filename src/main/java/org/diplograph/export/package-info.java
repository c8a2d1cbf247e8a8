/**
 * Whole collections as CSV or JSON Lines at {@code /export/<collection>.<csv|jsonl>},
 * streamed from the database in chunks, with actor names beside actor IDs and the
 * evidence of every fact.
 */
package org.diplograph.export;
