/**
 * Actors: the people, organisations and countries the articles name, and how to find them
 * by name.
 */
package org.diplograph.actor;
