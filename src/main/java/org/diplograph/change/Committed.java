package org.diplograph.change;

/** A change that is now in the log and in the data: its sequence number in the feed. */
public record Committed(long seq) {

}
