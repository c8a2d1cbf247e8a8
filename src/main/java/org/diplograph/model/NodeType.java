package org.diplograph.model;

/**
 * The kinds of document a node ID names, each with its ID prefix and document class: the
 * one list that ID checks, {@code node(id)} and search hits go by, so a new document type
 * is added here once.
 */
public enum NodeType {

	ARTICLE(Article.ID_PREFIX, Article.class), ACTOR(Actor.ID_PREFIX, Actor.class), VISIT(Visit.ID_PREFIX, Visit.class),
	DEAL(DefenceDeal.ID_PREFIX, DefenceDeal.class), ENGAGEMENT(Engagement.ID_PREFIX, Engagement.class),
	CANDIDATE(Candidate.ID_PREFIX, Candidate.class);

	private final String prefix;

	private final Class<?> documentType;

	NodeType(String prefix, Class<?> documentType) {
		this.prefix = prefix;
		this.documentType = documentType;
	}

	public String prefix() {
		return this.prefix;
	}

	public Class<?> documentType() {
		return this.documentType;
	}

	/** The type of a node ID by its prefix, or null when no type has that prefix. */
	public static NodeType ofId(String id) {
		for (NodeType type : values()) {
			if (id != null && id.startsWith(type.prefix)) {
				return type;
			}
		}
		return null;
	}

}
