/**
 * Articles: the imported news texts, the actors they name and the visits and deals they
 * report.
 */
package org.diplograph.article;
