package dev.clientele.exporting;

import java.io.OutputStream;
import java.util.function.Supplier;

/** The façade of exports. */
public interface ExportManagement {

	/**
	 * Writes the customers as a file; needs {@code customer:export}. Everything is checked before
	 * the first byte: {@code output} is asked for the stream only once the export is sure to start,
	 * so that a refusal can still be answered as an error. Audited once, with the query and the
	 * number of rows.
	 *
	 * @return how many customers were written
	 * @throws dev.clientele.shared.InvalidInputException for a bad filter, sort or keyword
	 * @throws dev.clientele.shared.ForbiddenException without the permission, or for fields the reader may not read
	 */
	long exportCustomers(ExportCustomers command, Supplier<OutputStream> output);

	/**
	 * Writes a report (rows of text cells, the first being the header) as CSV or XLSX, the way
	 * exports are written: CSV in UTF-8 with a byte order mark, cells that a spreadsheet could take
	 * for a formula neutralised, XLSX streamed. Checks no permission and audits nothing: the caller
	 * owns the report's data and does both.
	 */
	TableSink openTable(ExportFormat format, OutputStream output);

}
