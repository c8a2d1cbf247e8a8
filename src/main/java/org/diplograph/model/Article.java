package org.diplograph.model;

import java.util.List;

import org.diplograph.common.FuzzyDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An imported news article. The IDs of the actors it names and the visits, deals and
 * engagements it reports are stored with it, so its relationship fields are lookups by
 * _id.
 */
@Document("articles")
public record Article(@Id String id, String title, String publication, String author, FuzzyDate publishedOn,
		String body, String sourceFile, String sha256, int wordCount, List<Mention> mentions, List<String> actorIds,
		List<String> visitIds, List<String> dealIds, String sortKey, List<String> engagementIds) {

	public static final String ID_PREFIX = "article:";

	/** Sort key of an article: the start of its publication period, undated first. */
	public static String sortKeyOf(FuzzyDate publishedOn) {
		return (publishedOn != null) ? publishedOn.start() : "0000-00-00";
	}

}
