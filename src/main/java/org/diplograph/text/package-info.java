/**
 * The one text pipeline every article goes through, whether it comes from the seed or
 * over the API: cleaning a raw text, reading its title, byline and date, and finding the
 * actors it names.
 */
package org.diplograph.text;
