package org.diplograph.common;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Where each derived index keeps its copy on disk, if anywhere. */
@Component
public class IndexFiles {

	private final Path directory;

	IndexFiles(IndexProperties properties, @Value("${diplograph.embedded.data-dir:data}") String dataDir,
			@Value("${diplograph.embedded.in-memory:false}") boolean inMemory) {
		boolean onDisk = (properties.onDisk() != null) ? properties.onDisk() : !inMemory;
		Path dir = (properties.dir() != null) ? properties.dir() : Path.of(dataDir, "indexes");
		this.directory = onDisk ? dir.toAbsolutePath().normalize() : null;
	}

	/**
	 * The path of the named index's copy, or null when indexes are kept in memory only.
	 */
	public Path pathOf(String name) {
		return (this.directory != null) ? this.directory.resolve(name) : null;
	}

}
