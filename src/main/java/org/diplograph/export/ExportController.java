package org.diplograph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /export/<collection>.<csv|jsonl>}: the whole collection, read with a
 * database cursor in {@code _id} order and written as it is read, {@value #CHUNK}
 * documents at a time (one query per chunk for the actor names not seen yet), so memory
 * stays flat however large the collection is. A failure after the first bytes cuts the
 * connection, so that a client never mistakes a partial file for a whole one.
 */
@Controller
class ExportController {

	static final int CHUNK = 500;

	private final ExportRepository repository;

	private final JsonMapper json;

	private final Map<String, CollectionExport<?>> exports = new TreeMap<>();

	ExportController(ExportRepository repository, JsonMapper json, List<CollectionExport<?>> exports) {
		this.repository = repository;
		this.json = json;
		exports.forEach((export) -> this.exports.put(export.name(), export));
	}

	@GetMapping("/export/{file:.+}")
	ResponseEntity<?> export(@PathVariable String file, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		int dot = file.lastIndexOf('.');
		CollectionExport<?> export = (dot > 0) ? this.exports.get(file.substring(0, dot)) : null;
		RecordWriter.Format format = (dot > 0) ? RecordWriter.Format.of(file.substring(dot + 1)) : null;
		if (export == null || format == null) {
			return error(HttpStatus.NOT_FOUND, "There is no export " + file + "; the exports are "
					+ String.join(", ", this.exports.keySet()) + ", each as .csv or .jsonl (e.g. /export/visits.csv).");
		}
		response.setContentType(format.mediaType.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"diplograph-" + export.name() + "." + format.extension + "\"");
		if ("HEAD".equals(request.getMethod())) {
			return null;
		}
		try {
			stream(export, format, response);
		}
		catch (DataAccessResourceFailureException ex) {
			if (response.isCommitted()) {
				throw ex;
			}
			response.reset();
			return error(HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable; try again shortly.");
		}
		return null;
	}

	private <T> void stream(CollectionExport<T> export, RecordWriter.Format format, HttpServletResponse response)
			throws IOException {
		try (Stream<T> documents = this.repository.all(export.type(), CHUNK)) {
			Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
					64 * 1024);
			RecordWriter writer = format.writer(out, this.json);
			writer.begin(export.csvColumns());
			ActorNames names = new ActorNames(this.repository);
			List<T> chunk = new ArrayList<>(CHUNK);
			for (T document : (Iterable<T>) documents::iterator) {
				chunk.add(document);
				if (chunk.size() == CHUNK) {
					write(export, chunk, names, writer);
					chunk.clear();
				}
			}
			write(export, chunk, names, writer);
			out.flush();
		}
	}

	private <T> void write(CollectionExport<T> export, List<T> chunk, ActorNames names, RecordWriter writer)
			throws IOException {
		Collection<String> ids = new ArrayList<>();
		chunk.forEach((document) -> ids.addAll(export.actorIds(document)));
		names.load(ids);
		for (T document : chunk) {
			writer.write(export.toRecord(document, names));
		}
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("message", message);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}
