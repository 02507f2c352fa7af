package dev.clientele.importing.internal;

import java.util.List;

/**
 * One data row of an import file.
 *
 * @param number the row number as a user counts it in Excel: the header is row 1
 * @param cells the cells as text, padded with empty strings to the header's width
 * @param raw the row's original text: for CSV exactly as in the file (quotes and embedded line
 * breaks included, the terminating line break left out); XLSX rows have no text of their own,
 * so for them it is the cells written as one CSV line
 */
record SourceRow(long number, List<String> cells, String raw) {

	SourceRow {
		cells = List.copyOf(cells);
	}

}
