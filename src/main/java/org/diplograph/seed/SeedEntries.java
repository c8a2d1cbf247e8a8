package org.diplograph.seed;

import java.util.List;

/**
 * The curated facts of seed/, as written there: references are slugs, dates ISO strings.
 */
final class SeedEntries {

	static final String ARTICLES = "articles.yaml";

	static final String ACTORS = "actors.yaml";

	static final String VISITS = "visits.yaml";

	static final String DEALS = "deals.yaml";

	static final String ENGAGEMENTS = "engagements.yaml";

	private SeedEntries() {
	}

	record ArticleEntry(String file, String sha256, String title, String publication, String author,
			String publishedOn) {
	}

	record ActorEntry(String id, String kind, String name, String code, String country, List<String> aliases,
			List<String> exactAliases, List<RoleEntry> roles, String description) {
	}

	record RoleEntry(String title, String organization, String since, String until) {
	}

	record VisitEntry(String id, String summary, List<String> visitors, String from, String host, String place,
			String purpose, String date, Integer durationDays, String status, List<String> metWith,
			List<SourceEntry> sources) {
	}

	record DealEntry(String id, String title, String kind, String status, String buyer, String supplier,
			List<String> parties, List<ItemEntry> items, String date, List<SourceEntry> sources) {
	}

	record EngagementEntry(String id, String kind, String summary, List<String> participants, List<String> countries,
			String place, String hostCountry, String occasion, String date, String status, List<SourceEntry> sources) {
	}

	record ItemEntry(String system, String category, String manufacturer, Integer quantity, Integer plannedQuantity) {
	}

	record SourceEntry(String article, Integer start, Integer end) {
	}

}
