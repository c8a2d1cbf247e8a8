/**
 * Node lookup: any entity by its stable, type-prefixed ID.
 */
package org.diplograph.node;
