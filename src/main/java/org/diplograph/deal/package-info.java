/**
 * Defence deals: arms purchases, agreements and offers, at the lifecycle step their
 * sources support.
 */
package org.diplograph.deal;
