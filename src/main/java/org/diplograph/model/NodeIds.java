package org.diplograph.model;

import java.util.List;
import java.util.stream.Stream;

import org.diplograph.common.BadRequestException;

import org.diplograph.common.Limits;

/**
 * The type prefixes of node IDs ("actor:haluk-gorgun"), one per {@link NodeType}, and the
 * checks every ID argument gets.
 */
public final class NodeIds {

	public static final List<String> PREFIXES = Stream.of(NodeType.values()).map(NodeType::prefix).toList();

	private NodeIds() {
	}

	/** The prefix of a well-formed node ID; a BAD_REQUEST for anything else. */
	public static String prefixOf(String id) {
		if (id == null || id.isBlank()) {
			throw new BadRequestException("An ID is empty; IDs look like actor:haluk-gorgun.");
		}
		if (id.length() > Limits.MAX_NAME_LENGTH) {
			throw new BadRequestException(
					"An ID is " + id.length() + " characters long; IDs are at most " + Limits.MAX_NAME_LENGTH + ".");
		}
		int colon = id.indexOf(':');
		String prefix = (colon > 0) ? id.substring(0, colon + 1) : null;
		if (prefix == null || !PREFIXES.contains(prefix) || colon == id.length() - 1) {
			throw new BadRequestException("'" + id + "' is not an ID of this API; IDs start with one of "
					+ String.join(", ", PREFIXES) + " (for example actor:haluk-gorgun).");
		}
		return prefix;
	}

	/** Checks that {@code id} is a well-formed ID of the expected type. */
	public static String require(String id, String prefix, String argument) {
		if (!prefix.equals(prefixOf(id))) {
			throw new BadRequestException(argument + " expects an ID starting with " + prefix + ", not '" + id + "'.");
		}
		return id;
	}

}
