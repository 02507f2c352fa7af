package dev.clientele.exporting;

import java.util.List;

/** A report being written row by row (see {@link ExportManagement#openTable}); keeps no row. */
public interface TableSink {

	/** Writes one row; the first written is the header. */
	void row(List<String> cells);

	/** Completes the file; the output stream is left open. */
	void finish();

}
