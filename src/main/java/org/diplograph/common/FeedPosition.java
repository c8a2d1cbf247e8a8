package org.diplograph.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where in the change feed a derived index stands, and of which data: the sequence number
 * of the last change it reflects (with that change's time, so a different feed with the
 * same numbers is told apart), the wholesale rebuild it started from, the seed loaded and
 * which database it is. Saved beside an index, it decides at startup whether the index
 * can catch up from the feed or must be rebuilt.
 *
 * @param seq the last change reflected; 0 before the first
 * @param seqAt when that change was recorded, empty for 0
 * @param epoch the count of wholesale changes of the data (a bulk seed load, a restore)
 * @param epochAt when the last of them happened, empty before the first
 * @param seedHash the seed the database was loaded from, empty when none
 * @param location which database: the name it keeps for as long as it lives
 */
public record FeedPosition(long seq, String seqAt, long epoch, String epochAt, String seedHash, String location) {

	/**
	 * Changes whenever what a position means changes: an older saved one is not trusted.
	 */
	private static final String FORMAT = "1";

	/** The same data at a later sequence number. */
	public FeedPosition at(long seq, String seqAt) {
		return new FeedPosition(seq, seqAt, this.epoch, this.epochAt, this.seedHash, this.location);
	}

	/**
	 * Why an index saved at this position cannot be brought up to {@code now} from the
	 * feed, or null when it can.
	 */
	public String mismatch(FeedPosition now) {
		if (!this.location.equals(now.location)) {
			return "another database";
		}
		if (!this.seedHash.equals(now.seedHash)) {
			return "another seed";
		}
		if (this.epoch != now.epoch || !this.epochAt.equals(now.epochAt)) {
			return "a wholesale change of the data since";
		}
		if (this.seq > now.seq) {
			return "a change the database does not have";
		}
		return null;
	}

	public Map<String, String> toMap() {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("format", FORMAT);
		map.put("seq", Long.toString(this.seq));
		map.put("seqAt", this.seqAt);
		map.put("epoch", Long.toString(this.epoch));
		map.put("epochAt", this.epochAt);
		map.put("seedHash", this.seedHash);
		map.put("location", this.location);
		return map;
	}

	/** The position a map written by {@link #toMap} holds, or null when it holds none. */
	public static FeedPosition fromMap(Map<String, String> map) {
		if (map == null || !FORMAT.equals(map.get("format"))) {
			return null;
		}
		try {
			return new FeedPosition(Long.parseLong(map.get("seq")), text(map, "seqAt"),
					Long.parseLong(map.get("epoch")), text(map, "epochAt"), text(map, "seedHash"),
					text(map, "location"));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String text(Map<String, String> map, String key) {
		String value = map.get(key);
		if (value == null) {
			throw new IllegalArgumentException(key);
		}
		return value;
	}

}
