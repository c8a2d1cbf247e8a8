package org.diplograph.analysis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.diplograph.analysis.LinkPairs.Pair;
import org.diplograph.common.FeedPosition;

/**
 * The link graph's copy on disk: the pairs each visit, deal and article links, with the
 * change-feed position they reflect and a checksum. Written beside and moved into place,
 * so a crash leaves the previous copy or none, never half of one.
 */
final class LinkFile {

	/** Changes whenever the format or the pairs a document links change. */
	private static final int VERSION = 1;

	private static final int MAGIC = 0x444c4731;

	private static final Logger logger = LoggerFactory.getLogger(LinkFile.class);

	private LinkFile() {
	}

	static void write(Path path, FeedPosition position, Map<String, Set<Pair>> contributions) throws IOException {
		Files.createDirectories(path.getParent());
		Path partial = path.resolveSibling(path.getFileName() + ".partial");
		Map<String, Integer> names = new LinkedHashMap<>();
		CRC32 crc = new CRC32();
		try (OutputStream file = Files.newOutputStream(partial);
				DataOutputStream out = new DataOutputStream(
						new CheckedOutputStream(new BufferedOutputStream(file, 1 << 16), crc))) {
			out.writeInt(MAGIC);
			out.writeInt(VERSION);
			Map<String, String> header = position.toMap();
			out.writeInt(header.size());
			for (Map.Entry<String, String> entry : header.entrySet()) {
				out.writeUTF(entry.getKey());
				out.writeUTF(entry.getValue());
			}
			out.writeInt(contributions.size());
			for (Map.Entry<String, Set<Pair>> entry : contributions.entrySet()) {
				writeName(out, names, entry.getKey());
				out.writeInt(entry.getValue().size());
				for (Pair pair : entry.getValue()) {
					writeName(out, names, pair.a());
					writeName(out, names, pair.b());
				}
			}
			out.flush();
			// the checksum of everything before it
			new DataOutputStream(file).writeLong(crc.getValue());
		}
		Files.move(partial, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/**
	 * The saved copy, or null when there is none or it cannot be trusted (then removed).
	 */
	static Saved read(Path path) {
		if (!Files.isRegularFile(path)) {
			return null;
		}
		CRC32 crc = new CRC32();
		try (InputStream file = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
				DataInputStream in = new DataInputStream(new CheckedInputStream(file, crc))) {
			if (in.readInt() != MAGIC || in.readInt() != VERSION) {
				throw new IOException("another format");
			}
			Map<String, String> header = new HashMap<>();
			for (int i = in.readInt(); i > 0; i--) {
				header.put(in.readUTF(), in.readUTF());
			}
			List<String> names = new ArrayList<>();
			int count = in.readInt();
			Map<String, Set<Pair>> contributions = new HashMap<>(count * 2);
			for (int i = 0; i < count; i++) {
				String id = readName(in, names);
				int pairs = in.readInt();
				Set<Pair> linked = new LinkedHashSet<>(pairs * 2);
				for (int j = 0; j < pairs; j++) {
					linked.add(new Pair(readName(in, names), readName(in, names)));
				}
				contributions.put(id, linked);
			}
			long computed = crc.getValue();
			FeedPosition position = FeedPosition.fromMap(header);
			if (new DataInputStream(file).readLong() != computed || position == null || file.read() != -1) {
				throw new IOException("a checksum or position that does not match");
			}
			return new Saved(position, contributions);
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("The link graph's copy {} cannot be read ({}): rebuilding it", path, ex.toString());
			delete(path);
			return null;
		}
	}

	/** Writes a copy, a failure to write being unchecked. */
	static void save(Writing writing) {
		try {
			writing.write();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Removes a copy, if there is one (and a path: null when copies are not kept). */
	static void delete(Path path) {
		if (path == null) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			logger.warn("Cannot remove {}: {}", path, ex.toString());
		}
	}

	/** A name the first time (its number is the next one), its number after that. */
	private static void writeName(DataOutputStream out, Map<String, Integer> names, String name) throws IOException {
		Integer known = names.get(name);
		if (known != null) {
			out.writeInt(known);
			return;
		}
		names.put(name, names.size());
		out.writeInt(-1);
		out.writeUTF(name);
	}

	private static String readName(DataInputStream in, List<String> names) throws IOException {
		int known = in.readInt();
		if (known >= 0) {
			return names.get(known);
		}
		String name = in.readUTF();
		names.add(name);
		return name;
	}

	/** Writes a copy to disk. */
	@FunctionalInterface
	interface Writing {

		void write() throws IOException;

	}

	/** A saved copy: its position and the pairs of each document. */
	record Saved(FeedPosition position, Map<String, Set<Pair>> contributions) {
	}

}
