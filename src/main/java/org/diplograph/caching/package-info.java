/**
 * HTTP caching of what the server answers: ETags and Cache-Control on GET answers, 304s
 * for unchanged ones, never a cached mutation or error, long-lived WebJars.
 */
package org.diplograph.caching;
