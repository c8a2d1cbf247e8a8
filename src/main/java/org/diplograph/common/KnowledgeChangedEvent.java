package org.diplograph.common;

/** The knowledge base was (re)loaded: whatever is derived from it must be rebuilt. */
public record KnowledgeChangedEvent(String contentHash) {

}
