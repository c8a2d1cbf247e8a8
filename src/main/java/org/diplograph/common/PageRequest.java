package org.diplograph.common;

/**
 * The paging arguments of a connection field, checked: {@code first} and {@code last}
 * default to 20, are capped at 100, and only one of them may be given.
 */
public record PageRequest(int size, boolean backward, Cursor after, Cursor before) {

	public static PageRequest of(Integer first, String after, Integer last, String before) {
		if (first != null && last != null) {
			throw new BadRequestException("Give either first or last, not both.");
		}
		check("first", first);
		check("last", last);
		boolean backward = last != null;
		int size = backward ? last : (first != null) ? first : Limits.DEFAULT_PAGE_SIZE;
		return new PageRequest(size, backward, Cursor.decode("after", after), Cursor.decode("before", before));
	}

	private static void check(String name, Integer value) {
		if (value == null) {
			return;
		}
		if (value < 0) {
			throw new BadRequestException(name + " is " + value + "; it must be 0 or more.");
		}
		if (value > Limits.MAX_PAGE_SIZE) {
			throw new BadRequestException(name + " is " + value + "; at most " + Limits.MAX_PAGE_SIZE
					+ " items fit on a page, so page through the rest with after/before.");
		}
	}

}
