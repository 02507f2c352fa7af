package dev.clientele.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.exporting.ExportFormat;
import dev.clientele.importing.ImportJob;
import dev.clientele.importing.ImportManagement;
import dev.clientele.importing.ImportPreview;
import dev.clientele.importing.MappingTemplate;
import dev.clientele.importing.UploadImport;
import dev.clientele.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports in the REST API: upload a file (multipart {@code file}) with its options and follow the
 * job; download its error report and its original file; revert it.
 */
@RestController
class ImportApiController {

	private final ImportManagement imports;

	private final Clock clock;

	ImportApiController(ImportManagement imports, Clock clock) {
		this.imports = imports;
		this.clock = clock;
	}

	/** Options of a draft, as JSON. */
	record OptionsBody(String encoding, String mode, String match, String mapping, Boolean dryRun) {
	}

	record TemplateBody(String name, String mapping) {
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PostMapping("/api/v1/imports")
	ResponseEntity<ImportJson> upload(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String encoding, @RequestParam(required = false) String mode,
			@RequestParam(required = false) String match, @RequestParam(required = false) String mapping,
			@RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "true") boolean start) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", file == null ? "field.required" : "import.file.empty");
		}
		try (InputStream content = file.getInputStream()) {
			ImportJob job = imports.upload(new UploadImport(file.getOriginalFilename(), content,
					OptionsParser.parse(encoding, mode, match, mapping, dryRun), start));
			URI location = URI.create("/api/v1/imports/" + job.id());
			ImportJson body = ImportJson.of(job, clock.instant());
			return start ? ResponseEntity.accepted().location(location).body(body)
					: ResponseEntity.created(location).body(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@GetMapping("/api/v1/imports")
	List<ImportJson> recent(@RequestParam(defaultValue = "20") int limit) {
		return imports.recent(limit).stream().map(job -> ImportJson.of(job, clock.instant())).toList();
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@GetMapping("/api/v1/imports/{id}")
	ImportJson find(@PathVariable UUID id) {
		return ImportJson.of(imports.find(id), clock.instant());
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PatchMapping("/api/v1/imports/{id}")
	ImportJson configure(@PathVariable UUID id, @RequestBody OptionsBody body) {
		return ImportJson.of(imports.configure(id, OptionsParser.parse(body.encoding(), body.mode(), body.match(),
				body.mapping(), Boolean.TRUE.equals(body.dryRun()))), clock.instant());
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PostMapping("/api/v1/imports/{id}/start")
	ResponseEntity<ImportJson> start(@PathVariable UUID id) {
		return ResponseEntity.accepted().body(ImportJson.of(imports.start(id), clock.instant()));
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@GetMapping("/api/v1/imports/{id}/preview")
	ImportPreview preview(@PathVariable UUID id, @RequestParam(defaultValue = "20") int rows) {
		return imports.preview(id, rows);
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@GetMapping("/api/v1/imports/{id}/errors")
	void errors(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format, Locale locale,
			HttpServletResponse response) {
		ExportFormat chosen = ExportFormat.fromKey(format).orElseThrow(() -> InvalidInputException.of("format", "export.format"));
		imports.writeErrors(id, chosen, locale, () -> {
			response.setContentType(chosen.contentType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("import-" + id + "-errors." + chosen.extension()).build().toString());
			return stream(response);
		});
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@GetMapping("/api/v1/imports/{id}/raw")
	void raw(@PathVariable UUID id, HttpServletResponse response) {
		ImportJob job = imports.find(id);
		response.setContentType("application/octet-stream");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(job.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
		imports.writeRaw(id, () -> stream(response));
	}

	/** Starts the revert: 202 with the job, {@code reverting} until the worker has taken every row back. */
	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PostMapping("/api/v1/imports/{id}/revert")
	ResponseEntity<ImportJson> revert(@PathVariable UUID id) {
		ImportJob job = imports.revert(id);
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + job.id()))
			.body(ImportJson.of(job, clock.instant()));
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@GetMapping("/api/v1/import-mappings")
	List<MappingTemplate> templates() {
		return imports.templates();
	}

	@RequiresPermission(Permission.CUSTOMER_IMPORT)
	@PostMapping("/api/v1/import-mappings")
	ResponseEntity<MappingTemplate> saveTemplate(@RequestBody TemplateBody body) {
		MappingTemplate saved = imports.saveTemplate(body.name(), body.mapping());
		return ResponseEntity.created(URI.create("/api/v1/import-mappings/" + saved.id())).body(saved);
	}

	private static java.io.OutputStream stream(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			return response.getOutputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
