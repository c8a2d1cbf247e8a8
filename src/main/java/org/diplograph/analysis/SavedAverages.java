package org.diplograph.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.common.FeedPosition;

/**
 * The list-length averages of the cost model on disk, with the change-feed position they
 * were measured at: written beside and moved into place, read back whole or not at all.
 */
final class SavedAverages {

	private static final String POSITION = "position.";

	private static final String AVERAGE = "average.";

	private static final Logger logger = LoggerFactory.getLogger(SavedAverages.class);

	private SavedAverages() {
	}

	static void write(Path path, FeedPosition position, Map<String, Long> averages, long measured) throws IOException {
		Properties properties = new Properties();
		position.toMap().forEach((key, value) -> properties.setProperty(POSITION + key, value));
		averages.forEach((key, value) -> properties.setProperty(AVERAGE + key, Long.toString(value)));
		properties.setProperty("measured", Long.toString(measured));
		Files.createDirectories(path.getParent());
		Path partial = path.resolveSibling(path.getFileName() + ".partial");
		try (OutputStream out = Files.newOutputStream(partial)) {
			properties.store(out, null);
		}
		Files.move(partial, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** What was saved, or null when nothing or nothing readable was. */
	static Saved read(Path path) {
		if (!Files.isRegularFile(path)) {
			return null;
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(path)) {
			properties.load(in);
			Map<String, String> position = new HashMap<>();
			Map<String, Long> averages = new HashMap<>();
			for (String key : properties.stringPropertyNames()) {
				if (key.startsWith(POSITION)) {
					position.put(key.substring(POSITION.length()), properties.getProperty(key));
				}
				else if (key.startsWith(AVERAGE)) {
					averages.put(key.substring(AVERAGE.length()), Long.parseLong(properties.getProperty(key)));
				}
			}
			FeedPosition saved = FeedPosition.fromMap(position);
			long measured = Long.parseLong(properties.getProperty("measured"));
			return (saved != null) ? new Saved(saved, Map.copyOf(averages), measured) : null;
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("The saved list sizes {} cannot be read ({}): measured again", path, ex.toString());
			return null;
		}
	}

	record Saved(FeedPosition position, Map<String, Long> averages, long measured) {
	}

}
