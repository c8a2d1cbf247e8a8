package org.diplograph.export;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One exportable collection: how to read it, which actors its records name, and how one
 * document becomes a record. A new collection (engagements, say) is one more bean of this
 * type.
 *
 * @param <T> the document type
 */
interface CollectionExport<T> {

	/** The name in the URL: {@code /export/<name>.csv}. */
	String name();

	/** The document class, read in {@code _id} order. */
	Class<T> type();

	/**
	 * The CSV header: paths into the record, a dot per level ({@code buyer.name}); a path
	 * through a list gives one line per element in the cell.
	 */
	List<String> csvColumns();

	/**
	 * The IDs of every actor the record of {@code document} names, to look their names
	 * up.
	 */
	Collection<String> actorIds(T document);

	/**
	 * The record of one document, nested as in the GraphQL API, with actor names
	 * resolved.
	 */
	Map<String, Object> toRecord(T document, ActorNames names);

}
