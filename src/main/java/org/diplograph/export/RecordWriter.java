package org.diplograph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;

/** Writes records in one format: CSV with a header row, or JSON Lines. */
abstract class RecordWriter {

	final Writer out;

	RecordWriter(Writer out) {
		this.out = out;
	}

	abstract void begin(List<String> columns) throws IOException;

	abstract void write(Map<String, Object> record) throws IOException;

	/** The formats by extension. */
	enum Format {

		CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8;header=present")),

		JSONL("jsonl", MediaType.parseMediaType("application/x-ndjson;charset=UTF-8"));

		final String extension;

		final MediaType mediaType;

		Format(String extension, MediaType mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		RecordWriter writer(Writer out, JsonMapper json) {
			return (this == CSV) ? new Csv(out) : new JsonLines(out, json);
		}

		static Format of(String extension) {
			for (Format format : values()) {
				if (format.extension.equals(extension)) {
					return format;
				}
			}
			return null;
		}

	}

	/**
	 * RFC 4180 CSV: a header row of column paths, CRLF line ends, a field quoted when it
	 * holds a comma, quote or line break. A list is one line per element in its cell, and
	 * a text that a spreadsheet would run as a formula gets a leading apostrophe.
	 */
	static final class Csv extends RecordWriter {

		private List<String[]> paths;

		Csv(Writer out) {
			super(out);
		}

		@Override
		void begin(List<String> columns) throws IOException {
			this.paths = new ArrayList<>();
			for (String column : columns) {
				this.paths.add(column.split("\\."));
			}
			writeRow(columns);
		}

		@Override
		void write(Map<String, Object> record) throws IOException {
			List<String> cells = new ArrayList<>(this.paths.size());
			for (String[] path : this.paths) {
				cells.add(text(at(record, path, 0)));
			}
			writeRow(cells);
		}

		private void writeRow(List<String> cells) throws IOException {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					this.out.write(',');
				}
				this.out.write(escape(cells.get(i)));
			}
			this.out.write("\r\n");
		}

		/** The value at a path; through a list, the list of each element's value. */
		private static Object at(Object value, String[] path, int from) {
			if (value == null || from == path.length) {
				return value;
			}
			if (value instanceof List<?> list) {
				List<Object> values = new ArrayList<>(list.size());
				list.forEach((element) -> values.add(at(element, path, from)));
				return values;
			}
			if (value instanceof Map<?, ?> map) {
				return at(map.get(path[from]), path, from + 1);
			}
			return null;
		}

		private static String text(Object value) {
			if (value == null) {
				return "";
			}
			if (value instanceof List<?> list) {
				List<String> lines = new ArrayList<>(list.size());
				list.forEach((element) -> lines.add(text(element)));
				return String.join("\n", lines);
			}
			if (value instanceof String string) {
				return defused(string);
			}
			return value.toString();
		}

		/**
		 * A text starting with =, +, -, @ or a tab would run as a formula in a
		 * spreadsheet.
		 */
		private static String defused(String text) {
			if (text.isEmpty()) {
				return text;
			}
			char first = text.charAt(0);
			boolean formula = first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r'
					|| (first == '-' && (text.length() == 1 || !Character.isDigit(text.charAt(1))));
			return formula ? "'" + text : text;
		}

		private static String escape(String cell) {
			boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
					|| cell.indexOf('\r') >= 0;
			return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
		}

	}

	/** One JSON object per line, nested as in the GraphQL API, every value exact. */
	static final class JsonLines extends RecordWriter {

		private final JsonMapper json;

		JsonLines(Writer out, JsonMapper json) {
			super(out);
			this.json = json;
		}

		@Override
		void begin(List<String> columns) {
		}

		@Override
		void write(Map<String, Object> record) throws IOException {
			this.out.write(this.json.writeValueAsString(record));
			this.out.write('\n');
		}

	}

}
