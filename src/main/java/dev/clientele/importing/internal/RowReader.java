package dev.clientele.importing.internal;

import java.util.Iterator;
import java.util.List;

/**
 * The data rows of an import file, read one at a time so that the file is never held in memory.
 * Reading errors are reported as {@link dev.clientele.shared.InvalidInputException} on the field
 * {@code file}.
 */
interface RowReader extends Iterator<SourceRow>, AutoCloseable {

	/** The column names of the header row, checked: none blank, none twice. */
	List<String> header();

	/**
	 * How a CSV file writes its text (encoding, byte order mark, header line, line break), so that
	 * a copy can be written the same way; {@code null} for a workbook, whose rows have no text.
	 */
	Layout layout();

	record Layout(java.nio.charset.Charset charset, byte[] bom, String header, String lineBreak) {
	}

	/** The cells of a row's raw text, parsed as this reader parsed the row. */
	List<String> cells(String raw);

	/** Parses one CSV record, e.g. a row's raw text, with a format. */
	static List<String> parse(org.apache.commons.csv.CSVFormat format, String raw) {
		try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(raw, format)) {
			List<org.apache.commons.csv.CSVRecord> records = parser.getRecords();
			return records.isEmpty() ? List.of() : records.get(0).toList();
		}
		catch (java.io.IOException | java.io.UncheckedIOException ex) {
			return List.of(raw);
		}
	}

	@Override
	void close();

}
