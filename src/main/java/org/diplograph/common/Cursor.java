package org.diplograph.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in a list sorted by a key and then by ID, bound to the list it came from (a
 * fingerprint of the collection, order and filter): an opaque, URL-safe string to
 * clients.
 */
public record Cursor(String list, String sortKey, String id) {

	private static final String VERSION = "c2";

	/** A position bound to no list; only a list with the empty fingerprint accepts it. */
	public Cursor(String sortKey, String id) {
		this("", sortKey, id);
	}

	public String encode() {
		String raw = VERSION + "\n" + this.list + "\n" + this.sortKey + "\n" + this.id;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a cursor argument; null stays null, anything not made by {@link #encode()}
	 * is a BAD_REQUEST.
	 */
	static Cursor decode(String argument, String value) {
		if (value == null) {
			return null;
		}
		try {
			if (value.length() > Limits.MAX_CURSOR_LENGTH) {
				throw new IllegalArgumentException();
			}
			String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\n", -1);
			if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()) {
				throw new IllegalArgumentException();
			}
			return new Cursor(parts[1], parts[2], parts[3]);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(
					argument + " is not a cursor of this list; pass the cursor or endCursor/startCursor "
							+ "a previous page returned.");
		}
	}

	/**
	 * Refuses a cursor that another list made: a position in visits means nothing in
	 * deals, nor in visits in the other order or with another filter.
	 */
	void requireList(String argument, String expected) {
		if (!this.list.equals(expected)) {
			throw new BadRequestException(argument + " is a cursor of another list: a cursor pages only the list, "
					+ "order and filter that returned it. Pass the endCursor or startCursor of this list's previous "
					+ "page, or leave " + argument + " out to start from the beginning.");
		}
	}

}
