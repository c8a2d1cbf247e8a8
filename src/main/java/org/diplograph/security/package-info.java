/**
 * Who may write: bearer tokens (an OAuth2 JWT or the local editor token), the scopes
 * mutations need, and the answers a request without them gets.
 */
package org.diplograph.security;
