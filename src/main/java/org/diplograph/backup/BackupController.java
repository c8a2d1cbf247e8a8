package org.diplograph.backup;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /admin/backup}: the backup as a streamed zip download, for a token with the
 * admin scope (the security configuration guards {@code /admin}).
 */
@RestController
class BackupController {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Backups backups;

	BackupController(Backups backups) {
		this.backups = backups;
	}

	@GetMapping("/admin/backup")
	ResponseEntity<StreamingResponseBody> backup() {
		String name = "diplograph-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + ".zip";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.backups::write);
	}

}
