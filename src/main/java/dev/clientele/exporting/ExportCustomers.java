package dev.clientele.exporting;

import java.time.Instant;
import java.util.Locale;

/**
 * Exports the customers a list shows.
 *
 * @param keyword as the list's {@code q}
 * @param filter the list's filter as JSON text, or {@code null}
 * @param sort as the list's {@code sort}; blank keeps {@code -updatedAt}
 * @param deleted export the recycle bin instead
 * @param asOf the instant to export as recorded then, or {@code null} for now
 * @param locale the language of the header row
 */
public record ExportCustomers(String keyword, String filter, String sort, boolean deleted, Instant asOf,
		ExportFormat format, Locale locale) {
}
