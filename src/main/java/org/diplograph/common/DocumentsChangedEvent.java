package org.diplograph.common;

import java.util.Set;

/**
 * Documents were created, changed or deleted: whatever is derived from them updates those
 * entries, re-reading each by ID (an ID no longer found was deleted).
 */
public record DocumentsChangedEvent(Set<String> ids) {

}
