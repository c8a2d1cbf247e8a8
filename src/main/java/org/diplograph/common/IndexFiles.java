package org.diplograph.common;

import java.nio.file.Path;

import org.springframework.stereotype.Component;

/** Where each derived index keeps its copy on disk, if anywhere. */
@Component
public class IndexFiles {

	private final Path directory;

	IndexFiles(IndexProperties properties, DataDirectoryProperties data) {
		boolean onDisk = (properties.onDisk() != null) ? properties.onDisk() : !data.inMemory();
		Path dir = (properties.dir() != null) ? properties.dir() : data.path().resolve("indexes");
		this.directory = onDisk ? dir.toAbsolutePath().normalize() : null;
	}

	/**
	 * The path of the named index's copy, or null when indexes are kept in memory only.
	 */
	public Path pathOf(String name) {
		return (this.directory != null) ? this.directory.resolve(name) : null;
	}

}
