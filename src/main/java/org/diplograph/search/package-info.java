/**
 * Full-text search: an in-memory Lucene index of articles, actors, visits and deals, with
 * highlights.
 */
package org.diplograph.search;
