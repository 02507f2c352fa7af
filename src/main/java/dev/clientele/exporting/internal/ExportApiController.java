package dev.clientele.exporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.clientele.access.Permission;
import dev.clientele.access.RequiresPermission;
import dev.clientele.exporting.ExportCustomers;
import dev.clientele.exporting.ExportFormat;
import dev.clientele.exporting.ExportManagement;
import dev.clientele.shared.Instants;
import dev.clientele.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Exports in the REST API: the customer list as a CSV or XLSX download. */
@RestController
class ExportApiController {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final ExportManagement exports;

	private final Clock clock;

	ExportApiController(ExportManagement exports, Clock clock) {
		this.exports = exports;
		this.clock = clock;
	}

	@RequiresPermission(Permission.CUSTOMER_EXPORT)
	@GetMapping("/api/v1/customers/export")
	void customers(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) String filter, @RequestParam(required = false) String sort,
			@RequestParam(defaultValue = "false") boolean deleted, @RequestParam(required = false) String asOf,
			HttpServletResponse response, Locale locale) {
		ExportFormat chosen = ExportFormat.fromKey(format).orElseThrow(() -> InvalidInputException.of("format", "export.format"));
		Instant at = asOf == null ? null : Instants.parse(asOf, "asOf");
		String file = "customers-" + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())) + "."
				+ chosen.extension();
		exports.exportCustomers(new ExportCustomers(q, filter, sort, deleted, at, chosen, locale), () -> {
			response.setContentType(chosen.contentType());
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			try {
				return response.getOutputStream();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}


}
