/**
 * Visits: who travelled where, when, why, whom they met, and the articles that report it.
 */
package org.diplograph.visit;
