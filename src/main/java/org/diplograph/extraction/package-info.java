/**
 * The extraction engine: proposes new actors, visits, engagements and deals, each with
 * the sentence that supports it, from a cleaned article body and the actors already
 * known.
 */
package org.diplograph.extraction;
