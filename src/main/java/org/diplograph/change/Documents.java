package org.diplograph.change;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

/**
 * What the change log needs to know of each collection's documents: which fields are
 * bookkeeping, which are reverse links derived from other documents (never part of a
 * document's own content), and what the API calls each of its own fields.
 */
final class Documents {

	static final String ID = "_id";

	static final String REVISION = "revision";

	static final String ORIGIN = "origin";

	static final String LAST_CHANGE = "lastChange";

	static final String PENDING_CHANGE = "pendingChange";

	static final String CURATED = "curated";

	private static final Set<String> BOOKKEEPING = Set.of(ID, "_class", REVISION, ORIGIN, LAST_CHANGE, PENDING_CHANGE,
			CURATED);

	private static final Map<String, Set<String>> LINK_FIELDS = Map.of(Links.ACTORS,
			Set.of("articleIds", "visitRefs", "dealIds", "engagementIds"), Links.ARTICLES,
			Set.of("visitIds", "dealIds", "engagementIds"));

	private static final Map<String, Map<String, String>> PUBLIC_NAMES = Map.of(Links.ACTORS,
			Map.of("countryId", "country", "exactAliases", "aliases", "nameKeys", "", "searchText", "", "sortKey", ""),
			Links.ARTICLES, Map.of("actorIds", "", "sortKey", ""), Links.VISITS,
			Map.of("visitorIds", "visitors", "fromCountryId", "fromCountry", "hostCountryId", "hostCountry",
					"metWithIds", "metWith", "involvedIds", "", "articleIds", ""),
			Links.DEALS,
			Map.of("buyerId", "buyer", "supplierId", "supplier", "partyIds", "parties", "articleIds", "", "sortKey",
					""),
			Links.ENGAGEMENTS, Map.of("participantIds", "participants", "countryIds", "countries", "hostCountryId",
					"hostCountry", "involvedIds", "", "articleIds", "", "sortKey", ""));

	private Documents() {
	}

	/** Whether the field is part of the document's own content. */
	static boolean isOwn(String collection, String field) {
		return !BOOKKEEPING.contains(field) && !LINK_FIELDS.getOrDefault(collection, Set.of()).contains(field);
	}

	/** The document's own content: without bookkeeping and reverse links. */
	static Document own(String collection, Document document) {
		Document own = new Document();
		document.forEach((field, value) -> {
			if (isOwn(collection, field)) {
				own.put(field, value);
			}
		});
		return own;
	}

	/** The document with its reverse links emptied, as a new document starts. */
	static Document withoutLinks(String collection, Document document) {
		Document copy = new Document(document);
		LINK_FIELDS.getOrDefault(collection, Set.of()).forEach((field) -> copy.put(field, java.util.List.of()));
		return copy;
	}

	/**
	 * The own fields whose values differ, with their new values; a field the new document
	 * lacks is set to null.
	 */
	static Document changedFields(String collection, Document before, Document after) {
		Document changed = new Document();
		Set<String> fields = new LinkedHashSet<>(own(collection, after).keySet());
		fields.addAll(own(collection, before).keySet());
		for (String field : fields) {
			Object old = before.get(field);
			Object now = after.get(field);
			if ((old == null) ? now != null : !old.equals(now)) {
				changed.put(field, now);
			}
		}
		return changed;
	}

	/** The API's names of the changed fields, derived ones left out. */
	static Set<String> publicNames(String collection, Set<String> fields) {
		Map<String, String> names = PUBLIC_NAMES.getOrDefault(collection, Map.of());
		Set<String> named = new LinkedHashSet<>();
		for (String field : fields) {
			String name = names.getOrDefault(field, field);
			if (!name.isEmpty()) {
				named.add(name);
			}
		}
		return named;
	}

}
