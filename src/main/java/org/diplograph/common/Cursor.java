package org.diplograph.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.diplograph.limits.Limits;

/**
 * A position in a list sorted by a key and then by ID: an opaque, URL-safe string to
 * clients.
 */
public record Cursor(String sortKey, String id) {

	private static final String VERSION = "c1";

	public String encode() {
		String raw = VERSION + "\n" + this.sortKey + "\n" + this.id;
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
			if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
				throw new IllegalArgumentException();
			}
			return new Cursor(parts[1], parts[2]);
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequestException(
					argument + " is not a cursor of this list; pass the cursor or endCursor/startCursor "
							+ "a previous page returned.");
		}
	}

}
