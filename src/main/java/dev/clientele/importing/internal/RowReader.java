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

	@Override
	void close();

}
