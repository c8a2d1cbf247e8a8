package org.diplograph.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
		List<String> visitIds, List<String> dealIds, String sortKey, List<String> engagementIds, int revision,
		Origin origin) {

	public static final String ID_PREFIX = "article:";

	/**
	 * The article with the mentions of the actor {@code from} counted as mentions of
	 * {@code to}.
	 */
	public Article withActor(String from, String to) {
		return withMentions(this.mentions.stream()
			.map((mention) -> new Mention(References.swap(mention.actorId(), from, to), mention.count(),
					mention.offsets(), mention.roleOffsets()))
			.toList(), List.of());
	}

	/**
	 * The article with more mentions: the offsets of each actor added to those it has (an
	 * actor accepted from a candidate of the article, or merged into).
	 */
	public Article withMentions(List<Mention> added) {
		return withMentions(this.mentions, added);
	}

	/** The mentions of both lists, an actor's offsets merged, in a new revision. */
	private Article withMentions(List<Mention> mentions, List<Mention> added) {
		Map<String, TreeSet<Integer>> offsets = new LinkedHashMap<>();
		Map<String, TreeSet<Integer>> roleOffsets = new LinkedHashMap<>();
		for (List<Mention> list : List.of(mentions, added)) {
			for (Mention mention : list) {
				offsets.computeIfAbsent(mention.actorId(), (key) -> new TreeSet<>()).addAll(mention.offsets());
				TreeSet<Integer> roles = roleOffsets.computeIfAbsent(mention.actorId(), (key) -> new TreeSet<>());
				if (mention.roleOffsets() != null) {
					roles.addAll(mention.roleOffsets());
				}
			}
		}
		List<Mention> merged = offsets.entrySet()
			.stream()
			.map((entry) -> new Mention(entry.getKey(), entry.getValue().size(), List.copyOf(entry.getValue()),
					List.copyOf(roleOffsets.get(entry.getKey()))))
			.toList();
		return new Article(this.id, this.title, this.publication, this.author, this.publishedOn, this.body,
				this.sourceFile, this.sha256, this.wordCount, merged, merged.stream().map(Mention::actorId).toList(),
				this.visitIds, this.dealIds, this.sortKey, this.engagementIds, this.revision + 1, this.origin);
	}

	/** Sort key of an article: the start of its publication period, undated first. */
	public static String sortKeyOf(FuzzyDate publishedOn) {
		return (publishedOn != null) ? publishedOn.start() : "0000-00-00";
	}

}
