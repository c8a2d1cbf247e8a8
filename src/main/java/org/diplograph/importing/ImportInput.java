package org.diplograph.importing;

/**
 * An article to import: its text as copied, and what is known about it besides (each may
 * be left out).
 */
record ImportInput(String text, String title, String publication, String author, String publishedOn, String url) {

}
