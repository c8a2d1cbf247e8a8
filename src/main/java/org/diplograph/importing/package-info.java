/**
 * Importing articles over the API: the text read by the seed loader's pipeline, the
 * extraction engine's proposals, and the article stored with its candidates in one logged
 * change.
 */
package org.diplograph.importing;
