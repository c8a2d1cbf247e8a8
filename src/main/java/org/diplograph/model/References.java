package org.diplograph.model;

import java.util.List;

/** Swaps references to one actor for references to another, as a merge does. */
final class References {

	private References() {
	}

	static String swap(String id, String from, String to) {
		return from.equals(id) ? to : id;
	}

	/** The IDs with {@code from} made {@code to}, each once. */
	static List<String> swap(List<String> ids, String from, String to) {
		return ids.stream().map((id) -> swap(id, from, to)).distinct().toList();
	}

}
