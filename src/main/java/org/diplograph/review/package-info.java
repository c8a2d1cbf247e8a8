/**
 * Reviewing what imports propose: the candidates listed and shown with the actors and
 * facts they refer to or may duplicate, and each accepted, merged, rejected or reopened
 * as one logged change.
 */
package org.diplograph.review;
